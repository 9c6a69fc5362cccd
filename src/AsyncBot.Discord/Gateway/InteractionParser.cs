using System.Text.Json;
using AsyncBot.Discord.Gateway.Payloads;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Discord.Gateway;

/// <summary>Maps the <c>d</c> of <c>INTERACTION_CREATE</c> onto the <see cref="Interaction"/> model.</summary>
internal static class InteractionParser
{
    /// <summary>Parses one interaction.</summary>
    /// <exception cref="JsonException">A required field is missing or has the wrong shape.</exception>
    public static Interaction Parse(JsonElement data)
    {
        var payload = data.Deserialize(GatewayJsonContext.Default.InteractionPayload)
            ?? throw new JsonException("INTERACTION_CREATE had no interaction object");

        // In guilds the invoker is member.user; in DMs Discord sends user instead.
        var user = payload.Member?.User ?? payload.User
            ?? throw new JsonException("INTERACTION_CREATE had neither member.user nor user");
        var type = (InteractionType)payload.Type;

        return new Interaction(
            payload.Id,
            payload.ApplicationId,
            type,
            payload.Token,
            new InteractionUser(user.Id, user.Username ?? string.Empty, user.GlobalName),
            payload.GuildId,
            payload.ChannelId ?? payload.Channel?.Id,
            Command: type is InteractionType.ApplicationCommand or InteractionType.ApplicationCommandAutocomplete
                ? new CommandInvocation(payload.Data?.Name ?? string.Empty, MapOptions(payload.Data?.Options))
                : null,
            Component: type is InteractionType.MessageComponent or InteractionType.ModalSubmit ? MapComponent(payload) : null,
            Locale: payload.Locale);
    }

    private static ComponentInvocation? MapComponent(InteractionPayload payload) =>
        payload.Data?.CustomId is { } customId
            ? new ComponentInvocation(customId, payload.Data.ComponentType ?? 0, payload.Message?.Id)
            : null;

    // Discord leaves "options" out when the user filled none; absent and empty mean the same.
    private static CommandOptionValue[] MapOptions(List<InteractionPayload.OptionPart>? options) =>
        options is null or { Count: 0 }
            ? []
            : options.Select(o => new CommandOptionValue(o.Name, o.Type, ValueText(o.Value), o.Options is null ? null : MapOptions(o.Options))).ToArray();

    // Numbers keep their JSON text ("2.5", "3"), which is invariant by definition; booleans become "true"/"false".
    private static string? ValueText(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        _ => throw new JsonException("An option value was neither a string, a number nor a boolean"),
    };
}
