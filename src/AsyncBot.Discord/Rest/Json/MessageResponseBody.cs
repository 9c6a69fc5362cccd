namespace AsyncBot.Discord.Rest.Json;

/// <summary>The parts of a returned message object AsyncBot reads; the rest is ignored.</summary>
internal sealed class MessageResponseBody
{
    public string Id { get; init; } = string.Empty;

    public string? ChannelId { get; init; }
}
