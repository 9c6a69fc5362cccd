namespace AsyncBot.Playground.Chat;

/// <summary>What one tab is told: a message appeared or changed, or a note for that tab alone.</summary>
/// <param name="Kind">Which of the two.</param>
/// <param name="Message">The message, for <see cref="ChannelChangeKind.Upsert"/>.</param>
/// <param name="Notice">The note's text, for <see cref="ChannelChangeKind.Notice"/>.</param>
internal sealed record ChannelChange(ChannelChangeKind Kind, PlaygroundMessage? Message = null, string? Notice = null);
