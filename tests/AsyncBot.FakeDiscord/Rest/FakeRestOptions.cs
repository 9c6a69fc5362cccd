namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Settings of the fake REST API. Tests may change them while the server runs.</summary>
public sealed class FakeRestOptions
{
    /// <summary>
    /// The fake's clock for rate-limit windows, the 3 s callback deadline and the 15 min token lifetime. Share a
    /// <c>FakeTimeProvider</c> with the client under test so both see the same time.
    /// </summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Requests per bucket window; small so tests can exhaust it (Discord's webhook bucket is about 5 per 2 s).</summary>
    public int BucketLimit { get; set; } = 5;

    /// <summary>Length of a bucket window.</summary>
    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long after creation an interaction accepts its callback.</summary>
    public TimeSpan CallbackDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction token works for followups and <c>@original</c>.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>New commands allowed per scope per 24 h before 400 30034.</summary>
    public int MaxCommandCreatesPerDay { get; set; } = 200;
}
