namespace AsyncBot.Playground;

/// <summary>The <c>Playground</c> section: where the local Discord-like page listens and how it behaves.</summary>
public sealed class PlaygroundOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Playground";

    /// <summary>The default address: loopback only, a port that is free on most machines.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Where Kestrel listens, one or more <c>http://host:port</c> separated by <c>;</c>. Loopback by default because
    /// anyone who reaches the page can start runs and fetches in the bot's name.
    /// </summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>
    /// Must be true to listen on anything but loopback. Off by default so that exposing the page is a decision, not a
    /// typo in <see cref="Urls"/>. When on, remote visitors are identified by their address, so the run limits apply
    /// to each visitor however many tabs they open.
    /// </summary>
    public bool AllowRemote { get; set; }

    /// <summary>
    /// Applies Discord's webhook bucket (5 requests per 2 s per interaction token) to followups and edits, so people
    /// can watch the outbox gather lines into one message. Off by default: the page then shows every event as its own
    /// message the moment it happens, which reads best when teaching.
    /// </summary>
    public bool SimulateRateLimit { get; set; }
}
