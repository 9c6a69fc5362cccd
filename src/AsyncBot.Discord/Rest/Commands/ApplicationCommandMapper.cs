using System.Globalization;
using System.Text.Json;
using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.Rest.Commands;

/// <summary>Maps command definitions to and from Discord's JSON shape (<c>commands-bulk.json</c>).</summary>
internal static class ApplicationCommandMapper
{
    private const int ChatInput = 1;

    public static ApplicationCommandBody ToBody(ApplicationCommandDefinition command) => new()
    {
        Type = ChatInput,
        Name = command.Name,
        Description = command.Description,
        Options = command.Options.Count == 0 ? null : command.Options.Select(ToBody).ToList(),
        DefaultMemberPermissions = command.DefaultMemberPermissions,
        Contexts = command.Contexts?.Select(c => (int)c).ToList(),
        IntegrationTypes = command.IntegrationTypes?.Select(t => (int)t).ToList(),
        Nsfw = command.Nsfw,
    };

    public static ApplicationCommand FromBody(ApplicationCommandBody body)
    {
        var definition = new ApplicationCommandDefinition(body.Name, body.Description)
        {
            Options = body.Options?.Select(FromBody).ToList() ?? [],
            Contexts = body.Contexts?.Select(c => (InteractionContextType)c).ToList(),
            IntegrationTypes = body.IntegrationTypes?.Select(t => (ApplicationIntegrationType)t).ToList(),
            DefaultMemberPermissions = body.DefaultMemberPermissions,
            Nsfw = body.Nsfw ?? false,
        };
        return new ApplicationCommand(body.Id ?? string.Empty, body.ApplicationId ?? string.Empty, body.Version ?? string.Empty,
            body.GuildId, body.Type ?? ChatInput, definition);
    }

    private static ApplicationCommandOptionBody ToBody(ApplicationCommandOptionDefinition option) => new()
    {
        Type = (int)option.Type,
        Name = option.Name,
        Description = option.Description,
        Required = option.Required,
        Choices = option.Choices.Count == 0 ? null : option.Choices.Select(c => ToBody(option.Type, c)).ToList(),
        MinLength = option.MinLength,
        MaxLength = option.MaxLength,
        MinValue = option.MinValue,
        MaxValue = option.MaxValue,
    };

    private static ApplicationCommandOptionDefinition FromBody(ApplicationCommandOptionBody body) =>
        new((ApplicationCommandOptionType)body.Type, body.Name, body.Description)
        {
            Required = body.Required ?? false,
            Choices = body.Choices?.Select(c => new ApplicationCommandChoice(c.Name, ValueText(c.Value))).ToList() ?? [],
            MinLength = body.MinLength,
            MaxLength = body.MaxLength,
            MinValue = body.MinValue,
            MaxValue = body.MaxValue,
        };

    private static ApplicationCommandChoiceBody ToBody(ApplicationCommandOptionType type, ApplicationCommandChoice choice)
    {
        var numeric = type is ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number;
        var value = numeric && double.TryParse(choice.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonSerializer.SerializeToElement(number, DiscordRestJsonContext.Default.Double)
            : JsonSerializer.SerializeToElement(choice.Value, DiscordRestJsonContext.Default.String);
        return new ApplicationCommandChoiceBody { Name = choice.Name, Value = value };
    }

    /// <summary>A choice value as invariant text; numbers are re-formatted so <c>2</c> and <c>2.0</c> compare equal.</summary>
    internal static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
