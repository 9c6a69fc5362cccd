namespace AsyncBot.Discord.Rest;

/// <summary>
/// REST client settings (configuration section <c>Discord:Rest</c>). The API base URL and token live in
/// <see cref="DiscordOptions"/>; rate limits themselves are never configured: they come from Discord's headers.
/// </summary>
public sealed class DiscordRestOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Discord:Rest";

    /// <summary>
    /// The URL in <c>User-Agent: DiscordBot (url, version)</c>, which Discord requires and Cloudflare checks; sent on
    /// REST requests and the gateway's URL lookup. Defaults to the build's <c>RepositoryUrl</c>.
    /// </summary>
    public Uri UserAgentUrl { get; set; } = DiscordUserAgent.RepositoryUrl;

    /// <summary>The version in the User-Agent; null uses this assembly's version (e.g. <c>1.0.0</c>).</summary>
    public string? UserAgentVersion { get; set; }

    /// <summary>
    /// Retries after 5xx or a lost connection (see the POST caveat on retries). Default 3: with the 0.5 s base that is
    /// 3.5 s of backoff, enough to ride out a brief Discord hiccup without holding a run for long.
    /// </summary>
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>First backoff after a server error, doubled per retry. Default 0.5 s, as Discord suggests "a short backoff".</summary>
    public TimeSpan ServerErrorBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Retries of one request after 429s. Default 3: a well-behaved client rarely sees one 429 (shared buckets), and a
    /// request that keeps hitting them is better surfaced than looped on.
    /// </summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>Bot-route requests per second. Default 50, Discord's global limit per bot; interaction routes are exempt.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// How long all requests stop after a 429 without a Discord JSON body (a Cloudflare IP ban). Default 5 minutes:
    /// bans last minutes to an hour, and probing sooner only extends them.
    /// </summary>
    public TimeSpan CloudflarePause { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Transport timeout for one attempt (HttpClient.Timeout). Default 30 s: Discord answers in well under a second,
    /// so this only catches a hung connection.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
