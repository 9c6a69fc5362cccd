using System.Collections.Concurrent;

namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>
/// Finds the limiter for a request. Routes start in a limiter of their own (<c>METHOD template</c> + major); once a
/// response names its <c>X-RateLimit-Bucket</c>, the template maps to that hash and every template with the same hash
/// and major parameter shares one limiter. Idle limiters are dropped, since each interaction token makes new ones.
/// </summary>
internal sealed class RouteBucketMap(TimeProvider time)
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RouteRateLimiter> _limiters = new(StringComparer.Ordinal);
    private long _nextSweepTicks = time.GetUtcNow().Add(SweepInterval).UtcTicks;

    /// <summary>Number of live limiters (for tests).</summary>
    public int Count => _limiters.Count;

    /// <summary>The limiter a request for <paramref name="key"/> must pass now.</summary>
    public RouteRateLimiter Get(RouteKey key)
    {
        SweepIfDue();
        return _limiters.GetOrAdd(LimiterKey(key), static (_, t) => new RouteRateLimiter(t), time);
    }

    /// <summary>The limiter for <paramref name="key"/> if one exists, without creating it.</summary>
    public RouteRateLimiter? Find(RouteKey key) => _limiters.TryGetValue(LimiterKey(key), out var limiter) ? limiter : null;

    /// <summary>The bucket hash learned for a route, if any.</summary>
    public string? HashOf(RouteKey key) => _hashes.TryGetValue(key.RouteId, out var hash) ? hash : null;

    /// <summary>
    /// Records the bucket hash a response named. The limiter that carried the request becomes the shared one when the
    /// hash is new for this major parameter; otherwise the existing shared limiter takes the response's numbers too.
    /// </summary>
    public void Learn(RouteKey key, RouteRateLimiter used, RateLimitInfo info)
    {
        if (string.IsNullOrEmpty(info.Bucket))
        {
            return;
        }

        _hashes[key.RouteId] = info.Bucket;
        var shared = _limiters.GetOrAdd(HashKey(info.Bucket, key.MajorParameter), used);
        if (!ReferenceEquals(shared, used))
        {
            shared.Update(info);
        }
    }

    private string LimiterKey(RouteKey key) =>
        _hashes.TryGetValue(key.RouteId, out var hash) ? HashKey(hash, key.MajorParameter) : "route:" + key.RouteId + "|" + key.MajorParameter;

    private static string HashKey(string hash, string major) => "bucket:" + hash + "|" + major;

    private void SweepIfDue()
    {
        var now = time.GetUtcNow();
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.Add(SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (key, limiter) in _limiters)
        {
            if (!limiter.IsBusy && now - limiter.LastUsed > IdleLifetime)
            {
                _limiters.TryRemove(new KeyValuePair<string, RouteRateLimiter>(key, limiter));
            }
        }
    }
}
