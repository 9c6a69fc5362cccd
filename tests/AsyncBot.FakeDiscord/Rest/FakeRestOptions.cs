namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Settings of the fake REST API. Tests may change them while the server runs.</summary>
public sealed class FakeRestOptions
{
    /// <summary>
    /// The fake's clock for rate-limit windows, the 3 s callback deadline and the 15 min token lifetime. Share a
    /// <c>FakeTimeProvider</c> with the client under test so both see the same time.
    /// </summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>
    /// Requests per bucket window. Default 5 in a 2 s window: Discord's webhook bucket of one interaction token (its
    /// followups; its message edits have a bucket of their own).
    /// </summary>
    public int BucketLimit { get; set; } = 5;

    /// <summary>Length of a bucket window. Default 2 s, as Discord's interaction webhook bucket.</summary>
    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Bot-route requests per second before a global 429. Default 50, Discord's per-bot global limit; interaction
    /// routes (callbacks, followups, edits) are not under it, as in Discord.
    /// </summary>
    public int GlobalLimitPerSecond { get; set; } = 50;

    /// <summary>How long after creation an interaction accepts its callback.</summary>
    public TimeSpan CallbackDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction token works for followups and <c>@original</c>.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// For this long after an interaction's answer is taken, its followups and <c>@original</c> requests get 404 10015
    /// "Unknown Webhook", then work. Real Discord does this now and then for a few seconds, most often after an answer
    /// given as an Interactions Endpoint's HTTP response (discord/discord-api-docs#7220). Default zero: off.
    /// </summary>
    public TimeSpan WebhookUnknownAfterAnswer { get; set; }

    /// <summary>New commands allowed per scope per 24 h before 400 30034.</summary>
    public int MaxCommandCreatesPerDay { get; set; } = 200;
}
