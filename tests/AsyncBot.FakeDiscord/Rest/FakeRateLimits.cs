using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// Per (bucket group, major parameter) fixed windows with <c>X-RateLimit-*</c> headers on every answer, 429 on
/// exhaustion, the per-bot global limit on bot routes only (interaction routes are exempt, as in Discord), injected
/// route/global 429s, and the count of requests made while a bucket was known to be exhausted.
/// </summary>
internal sealed class FakeRateLimits(FakeRestOptions options, FakeRequestLog log)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Group, string Major), Bucket> _buckets = [];
    private DateTimeOffset _globalBlockedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _globalWindowEnd = DateTimeOffset.MinValue;
    private int _globalCount;

    /// <summary>Takes a slot; returns a 429 when there is none. <paramref name="headers"/> go on the answer either way.</summary>
    public FakeResult? TryConsume(FakeRoute route, DateTimeOffset now, Dictionary<string, string> headers)
    {
        lock (_lock)
        {
            if (route.Kind == FakeRouteKind.Bot && now < _globalBlockedUntil)
            {
                log.CountExhausted();
                return GlobalLimited(_globalBlockedUntil - now);
            }

            if (route.Kind == FakeRouteKind.Bot && !TryTakeGlobal(now))
            {
                log.CountExhausted();
                return GlobalLimited(_globalWindowEnd - now);
            }

            var bucket = GetBucket(route, now);
            if (now < bucket.BlockedUntil)
            {
                log.CountExhausted();
                return RouteLimited(route, bucket, bucket.BlockedUntil - now, now, headers);
            }

            if (bucket.Count >= options.BucketLimit)
            {
                if (bucket.AnnouncedEmpty)
                {
                    log.CountExhausted();
                }

                bucket.AnnouncedEmpty = true;
                return RouteLimited(route, bucket, bucket.WindowEnd - now, now, headers);
            }

            bucket.Count++;
            bucket.AnnouncedEmpty |= bucket.Count >= options.BucketLimit;
            AddHeaders(route, bucket, now, headers);
            return null;
        }
    }

    /// <summary>An injected 429: blocks the bucket (or, if global, all bot routes) for <paramref name="retryAfter"/>.</summary>
    public FakeResult Inject(FakeRoute route, TimeSpan retryAfter, bool global, DateTimeOffset now, Dictionary<string, string> headers)
    {
        lock (_lock)
        {
            if (global)
            {
                _globalBlockedUntil = now + retryAfter;
                return GlobalLimited(retryAfter);
            }

            var bucket = GetBucket(route, now);
            bucket.BlockedUntil = now + retryAfter;
            return RouteLimited(route, bucket, retryAfter, now, headers);
        }
    }

    private bool TryTakeGlobal(DateTimeOffset now)
    {
        if (now >= _globalWindowEnd)
        {
            _globalWindowEnd = now + TimeSpan.FromSeconds(1);
            _globalCount = 0;
        }

        return ++_globalCount <= options.GlobalLimitPerSecond;
    }

    /// <summary>The opaque bucket hash of a group, stable per group name.</summary>
    public static string HashOf(string group) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group)))[..32];

    private Bucket GetBucket(FakeRoute route, DateTimeOffset now)
    {
        if (!_buckets.TryGetValue((route.Group, route.Major), out var bucket))
        {
            bucket = new Bucket();
            _buckets[(route.Group, route.Major)] = bucket;
        }

        if (now >= bucket.WindowEnd)
        {
            bucket.WindowEnd = now + options.BucketWindow;
            bucket.Count = 0;
            bucket.AnnouncedEmpty = false;
        }

        return bucket;
    }

    private FakeResult RouteLimited(FakeRoute route, Bucket bucket, TimeSpan retryAfter, DateTimeOffset now, Dictionary<string, string> headers)
    {
        var seconds = Seconds(retryAfter);
        bucket.AnnouncedEmpty = true;
        AddHeaders(route, bucket, now, headers, remainingOverride: 0, resetAfter: retryAfter);
        headers["Retry-After"] = Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = "user";
        return Limited(seconds, global: false);
    }

    private static FakeResult GlobalLimited(TimeSpan retryAfter)
    {
        var seconds = Seconds(retryAfter);
        var result = Limited(seconds, global: true);
        result.Headers["Retry-After"] = Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture);
        result.Headers["X-RateLimit-Global"] = "true";
        result.Headers["X-RateLimit-Scope"] = "global";
        return result;
    }

    private static FakeResult Limited(double seconds, bool global) => FakeResult.Json(429, new JsonObject
    {
        ["message"] = "You are being rate limited.",
        ["retry_after"] = seconds,
        ["global"] = global,
    });

    private void AddHeaders(FakeRoute route, Bucket bucket, DateTimeOffset now, Dictionary<string, string> headers,
        int? remainingOverride = null, TimeSpan? resetAfter = null)
    {
        var after = resetAfter ?? bucket.WindowEnd - now;
        headers["X-RateLimit-Bucket"] = HashOf(route.Group);
        headers["X-RateLimit-Limit"] = options.BucketLimit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = (remainingOverride ?? Math.Max(0, options.BucketLimit - bucket.Count)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = Seconds(after).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = Seconds((now + after) - DateTimeOffset.UnixEpoch).ToString("0.000", CultureInfo.InvariantCulture);
    }

    // Rounded up to the millisecond, so a client that waits exactly this long never arrives early.
    private static double Seconds(TimeSpan span) => Math.Ceiling(Math.Max(0, span.TotalMilliseconds)) / 1000.0;

    private sealed class Bucket
    {
        public DateTimeOffset WindowEnd { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }

        public bool AnnouncedEmpty { get; set; }

        public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
