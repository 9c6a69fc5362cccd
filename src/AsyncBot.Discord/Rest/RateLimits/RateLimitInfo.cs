namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>What one response's <c>X-RateLimit-*</c> headers said.</summary>
/// <param name="Limit">Requests per window.</param>
/// <param name="Remaining">Requests left in this window.</param>
/// <param name="ResetAfter">Time until the window refills, measured from when the response arrived.</param>
/// <param name="Bucket">Discord's opaque bucket hash; several routes may share one.</param>
/// <param name="Global">The 429 was for the global limit.</param>
/// <param name="Scope"><c>user</c>, <c>global</c> or <c>shared</c> on 429s.</param>
internal sealed record RateLimitInfo(int? Limit, int? Remaining, TimeSpan? ResetAfter, string? Bucket, bool Global, string? Scope)
{
    /// <summary>Whether the headers describe a bucket window the limiter can use.</summary>
    public bool HasWindow => Remaining is not null && ResetAfter is not null;
}
