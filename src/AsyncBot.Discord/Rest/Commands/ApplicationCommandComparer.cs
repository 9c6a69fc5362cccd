using System.Text.Json;
using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.Rest.Commands;

/// <summary>
/// Tells whether the commands Discord holds already match the wanted definitions, so the host registers only when
/// something changed (each bulk overwrite costs requests, and new commands count against 200 creates a day).
/// </summary>
/// <remarks>
/// Both sides are normalized before comparing: command order is ignored (option order is not: it is what users see),
/// Discord's defaults are filled in (<c>required</c> false, <c>nsfw</c> false, <c>integration_types</c> [0],
/// <c>contexts</c> all three), context and integration lists are sorted, and numeric choice values compare by value.
/// Fields Discord adds on its own (ids, version, localizations, <c>dm_permission</c>) are ignored.
/// </remarks>
public static class ApplicationCommandComparer
{
    private static readonly int[] AllContexts = [0, 1, 2];
    private static readonly int[] GuildInstallOnly = [0];

    /// <summary>Whether <paramref name="registered"/> is exactly <paramref name="wanted"/>, up to Discord's defaults.</summary>
    public static bool AreEquivalent(IEnumerable<ApplicationCommandDefinition> wanted, IEnumerable<ApplicationCommand> registered)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(registered);
        var registeredList = registered.ToList();

        // Only slash commands are modelled; any other registered type would be deleted by an overwrite.
        if (registeredList.Any(c => c.Type != 1))
        {
            return false;
        }

        return string.Equals(Canonical(wanted), Canonical(registeredList.Select(c => c.Definition)), StringComparison.Ordinal);
    }

    /// <summary>A canonical JSON text of a set of definitions; equal texts mean equivalent sets.</summary>
    public static string Canonical(IEnumerable<ApplicationCommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var normalized = commands
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(Normalize)
            .ToList();
        return JsonSerializer.Serialize(normalized, DiscordRestJsonContext.Default.ListApplicationCommandBody);
    }

    private static ApplicationCommandBody Normalize(ApplicationCommandDefinition command)
    {
        var body = ApplicationCommandMapper.ToBody(command);
        return new ApplicationCommandBody
        {
            Type = body.Type,
            Name = body.Name,
            Description = body.Description,
            Options = body.Options?.Select(NormalizeOption).ToList(),
            DefaultMemberPermissions = body.DefaultMemberPermissions,
            Contexts = Sorted(body.Contexts, AllContexts),
            IntegrationTypes = Sorted(body.IntegrationTypes, GuildInstallOnly),
            Nsfw = body.Nsfw ?? false,
        };
    }

    private static ApplicationCommandOptionBody NormalizeOption(ApplicationCommandOptionBody option) => new()
    {
        Type = option.Type,
        Name = option.Name,
        Description = option.Description,
        Required = option.Required ?? false,
        Choices = option.Choices?.Select(c => new ApplicationCommandChoiceBody
        {
            Name = c.Name,
            Value = JsonSerializer.SerializeToElement(ApplicationCommandMapper.ValueText(c.Value), DiscordRestJsonContext.Default.String),
        }).ToList(),
        MinLength = option.MinLength,
        MaxLength = option.MaxLength,
        MinValue = option.MinValue,
        MaxValue = option.MaxValue,
    };

    private static List<int> Sorted(IReadOnlyList<int>? values, int[] fallback) =>
        (values is null || values.Count == 0 ? fallback : values).Distinct().Order().ToList();
}
