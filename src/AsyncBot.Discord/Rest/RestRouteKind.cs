namespace AsyncBot.Discord.Rest;

/// <summary>Which rules a route follows for authentication and rate limiting.</summary>
public enum RestRouteKind
{
    /// <summary>
    /// Sent with <c>Authorization: Bot …</c>; counts against the 50/s global limit and its own bucket.
    /// </summary>
    Bot,

    /// <summary>
    /// A webhook route keyed by application id and interaction token (followups, <c>@original</c>): no auth header,
    /// exempt from the global limit, rate-limited per token bucket.
    /// </summary>
    Webhook,

    /// <summary>
    /// The interaction callback: no auth header, no global limit and no bucket queue, because it must reach Discord
    /// within 3 s of the interaction and is sent exactly once.
    /// </summary>
    InteractionCallback,
}
