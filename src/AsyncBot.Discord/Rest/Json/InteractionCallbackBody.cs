namespace AsyncBot.Discord.Rest.Json;

/// <summary>Body of <c>POST /interactions/:id/:token/callback</c>.</summary>
internal sealed class InteractionCallbackBody
{
    public int Type { get; init; }

    public MessageBody? Data { get; init; }
}
