namespace AsyncBot.History;

/// <summary>
/// One finished run as the history keeps it: who, where, when and how it went. Deliberately no message text and
/// nothing a fetched URL answered.
/// </summary>
/// <param name="At">When the run finished.</param>
/// <param name="UserId">The Discord user who started it.</param>
/// <param name="GuildId">The server, or null in a DM.</param>
/// <param name="ChannelId">The channel, when known.</param>
/// <param name="Facts">What ran and how long it took.</param>
internal sealed record RunRecord(DateTimeOffset At, string UserId, string? GuildId, string? ChannelId, RunFacts Facts);
