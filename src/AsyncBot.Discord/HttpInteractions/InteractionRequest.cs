using System.Text.Json;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Discord.HttpInteractions;

/// <summary>
/// The body of a signed interaction POST, read only after its signature checked out: its id (for replay
/// protection), its type, and for commands and button clicks the same <see cref="Interaction"/> the gateway yields.
/// </summary>
/// <param name="Id">Interaction snowflake.</param>
/// <param name="Type">Discord's interaction type; values this client does not know stay as they came.</param>
/// <param name="Interaction">The parsed interaction for types 2 and 3; null for a PING and for types the bot does not answer.</param>
public sealed record InteractionRequest(string Id, InteractionType Type, Interaction? Interaction)
{
    /// <summary>Reads <paramref name="body"/>.</summary>
    /// <exception cref="JsonException">The body is not an interaction object.</exception>
    public static InteractionRequest Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.Number || !typeElement.TryGetInt32(out var type)
            || !root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("The body is not an interaction: it needs a string id and an integer type");
        }

        var kind = (InteractionType)type;
        var interaction = kind is InteractionType.ApplicationCommand or InteractionType.MessageComponent
            ? InteractionParser.Parse(root)
            : null;
        return new InteractionRequest(idElement.GetString()!, kind, interaction);
    }
}
