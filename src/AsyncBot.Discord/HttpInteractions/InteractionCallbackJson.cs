using System.Text.Json;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.HttpInteractions;

/// <summary>
/// The first response written as the body of the interaction POST's HTTP response: the very JSON that
/// <c>POST /interactions/:id/:token/callback</c> would carry over REST, so both paths say the same thing.
/// </summary>
public static class InteractionCallbackJson
{
    /// <summary>The answer to a PING (callback type 1, PONG).</summary>
    public static ReadOnlyMemory<byte> Pong { get; } = """{"type":1}"""u8.ToArray();

    /// <summary>Serializes <paramref name="response"/>; attachments are not carried (upload them with an edit).</summary>
    public static byte[] Serialize(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonSerializer.SerializeToUtf8Bytes(MessageBodyMapper.ToCallback(response), DiscordRestJsonContext.Default.InteractionCallbackBody);
    }
}
