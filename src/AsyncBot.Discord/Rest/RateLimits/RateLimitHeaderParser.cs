using System.Globalization;
using System.Net.Http.Headers;

namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>Reads Discord's rate-limit headers (names are case-insensitive; HTTP/2 sends them lower-case).</summary>
internal static class RateLimitHeaderParser
{
    /// <summary>Parses the headers; null when the response carries none (e.g. a Cloudflare page or a 5xx).</summary>
    public static RateLimitInfo? Parse(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var limit = Integer(headers, "X-RateLimit-Limit");
        var remaining = Integer(headers, "X-RateLimit-Remaining");
        var bucket = Text(headers, "X-RateLimit-Bucket");
        var global = string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        var scope = Text(headers, "X-RateLimit-Scope");

        // Reset-After is relative and so immune to clock skew; the absolute Reset is only a fallback.
        TimeSpan? resetAfter = Seconds(headers, "X-RateLimit-Reset-After") is { } after ? TimeSpan.FromSeconds(after) : null;
        if (resetAfter is null && Seconds(headers, "X-RateLimit-Reset") is { } epochSeconds)
        {
            var reset = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(epochSeconds * 1000));
            resetAfter = reset > now ? reset - now : TimeSpan.Zero;
        }

        if (limit is null && remaining is null && resetAfter is null && bucket is null && !global && scope is null)
        {
            return null;
        }

        return new RateLimitInfo(limit, remaining, resetAfter, bucket, global, scope);
    }

    /// <summary>The <c>Retry-After</c> header as a delay, when present.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers) =>
        headers.RetryAfter?.Delta ?? (Seconds(headers, "Retry-After") is { } s ? TimeSpan.FromSeconds(s) : null);

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? Integer(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
}
