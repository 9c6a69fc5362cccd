namespace AsyncBot.Playground.Api;

/// <summary>The <c>Playground:Api</c> section: how much of the streaming run API one client may use at once.</summary>
public sealed class RunApiOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Playground:Api";

    /// <summary>The largest value <see cref="StreamsPerClient"/> accepts: the bench's thousand clients on one address.</summary>
    public const int MaxStreamsPerClient = 10_000;

    /// <summary>
    /// Streams (runs) one client address may have open at once; the next request gets 429 until one ends. 4 by
    /// default: enough for a person comparing modes in a few terminals, far from the thousand runs a script could
    /// start. The run limits (<c>Limits:RunsPerUser</c> per address, <c>Limits:RunsTotal</c>) apply as well.
    /// </summary>
    public int StreamsPerClient { get; set; } = 4;
}
