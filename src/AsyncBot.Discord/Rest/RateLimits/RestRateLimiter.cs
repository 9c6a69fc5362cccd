namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>
/// Decides when a request may go: callbacks at once (their own lane), webhook routes through their token's bucket,
/// bot routes through their bucket and then the global limiter. Also holds the all-traffic pause after a Cloudflare ban.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, int globalRequestsPerSecond)
{
    private readonly RouteBucketMap _buckets = new(time);
    private readonly GlobalRateLimiter _global = new(time, globalRequestsPerSecond);
    private readonly Lock _lock = new();
    private DateTimeOffset _bannedUntil = DateTimeOffset.MinValue;

    /// <summary>The route buckets (exposed for tests).</summary>
    public RouteBucketMap Buckets => _buckets;

    /// <summary>Waits until <paramref name="route"/> may be sent.</summary>
    public async ValueTask<RouteLease> AcquireAsync(RestRoute route, CancellationToken cancellationToken = default)
    {
        if (route.Kind == RestRouteKind.InteractionCallback)
        {
            return RouteLease.Unlimited;
        }

        var lease = await _buckets.Get(route.Key).AcquireAsync(cancellationToken).ConfigureAwait(false);
        if (route.Kind == RestRouteKind.Bot)
        {
            try
            {
                await _global.AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                lease.Dispose();
                throw;
            }
        }

        return lease;
    }

    /// <summary>Feeds a response's headers back and releases the lease.</summary>
    public void OnResponse(RestRoute route, RouteLease lease, RateLimitInfo? info)
    {
        if (info is not null && lease.Limiter is { } used)
        {
            _buckets.Learn(route.Key, used, info);
        }

        lease.Complete(info);
    }

    /// <summary>Applies a 429: a global one pauses all bot routes, any other blocks the route's bucket.</summary>
    public void OnRateLimited(RestRoute route, TimeSpan retryAfter, bool global)
    {
        if (route.Kind == RestRouteKind.InteractionCallback)
        {
            return;
        }

        if (global && route.Kind == RestRouteKind.Bot)
        {
            _global.PauseUntil(time.GetUtcNow() + retryAfter);
        }
        else
        {
            _buckets.Get(route.Key).Block(retryAfter);
        }
    }

    /// <summary>Stops all traffic for <paramref name="pause"/> (a 429 without a Discord body means an IP ban).</summary>
    public void Ban(TimeSpan pause)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + pause;
            _bannedUntil = until > _bannedUntil ? until : _bannedUntil;
        }
    }

    /// <summary>How long the Cloudflare pause still lasts; zero when none.</summary>
    public TimeSpan BanRemaining()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            return _bannedUntil > now ? _bannedUntil - now : TimeSpan.Zero;
        }
    }

    /// <summary>How long a request for <paramref name="route"/> would wait right now.</summary>
    public TimeSpan GetDelay(RestRoute route)
    {
        var delay = BanRemaining();
        if (route.Kind == RestRouteKind.InteractionCallback)
        {
            return delay;
        }

        if (_buckets.Find(route.Key) is { } limiter)
        {
            delay = Max(delay, limiter.GetDelay());
        }

        return route.Kind == RestRouteKind.Bot ? Max(delay, _global.GetDelay()) : delay;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
