namespace AsyncBot.Discord.Rest.Json;

/// <summary><c>allowed_mentions</c>. AsyncBot echoes user text, so it always sends <c>{"parse": []}</c>: nothing pings.</summary>
internal sealed class AllowedMentionsBody
{
    /// <summary>The only value AsyncBot sends.</summary>
    public static readonly AllowedMentionsBody None = new();

    public IReadOnlyList<string> Parse { get; init; } = [];
}
