using System.Globalization;
using System.Text.RegularExpressions;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Commands;

namespace AsyncBot.Playground.Interactions;

/// <summary>
/// Reads what a person typed in the message box (<c>/race tasks:A:2 B:3 C:1 mode:gather</c>) against the registered
/// command definitions, and checks it the way Discord's own client does before anything is sent: known options
/// only, each once, choices from the list, lengths within bounds. A value runs until the next <c>option:</c> of the
/// same command, so it may hold spaces and colons.
/// </summary>
internal static class SlashCommandParser
{
    /// <summary>Longest text the box accepts (Discord's message box limit is in the same range).</summary>
    public const int MaxLength = 4000;

    /// <summary>
    /// Parses <paramref name="text"/>. An unknown command name still parses (with no options), because in Discord
    /// it is the bot that answers an unknown command.
    /// </summary>
    /// <returns>The invocation, or null with <paramref name="error"/> saying what to fix.</returns>
    public static CommandInvocation? Parse(string text, IReadOnlyList<ApplicationCommandDefinition> commands, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(commands);
        error = null;
        text = text.Trim();
        if (text.Length > MaxLength)
        {
            error = $"That is too long: at most {MaxLength} characters.";
            return null;
        }

        var match = Regex.Match(text, @"^/(\S+)\s*");
        if (!match.Success)
        {
            error = "Commands start with / — try /race or /help.";
            return null;
        }

        var name = match.Groups[1].Value.ToLowerInvariant();
        var definition = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (definition is null)
        {
            return new CommandInvocation(name, []);
        }

        var options = ParseOptions(text[match.Length..], definition, out error);
        return options is null ? null : new CommandInvocation(name, options);
    }

    private static List<CommandOptionValue>? ParseOptions(string rest, ApplicationCommandDefinition command, out string? error)
    {
        error = null;
        var values = new List<CommandOptionValue>();
        if (command.Options.Count == 0)
        {
            if (rest.Length > 0)
            {
                error = $"/{command.Name} takes no options.";
                return null;
            }

            return values;
        }

        var names = string.Join('|', command.Options.Select(o => Regex.Escape(o.Name)));
        var markers = Regex.Matches(rest, $@"(?<=^|\s)({names}):", RegexOptions.IgnoreCase);
        var leading = markers.Count == 0 ? rest : rest[..markers[0].Index];
        if (!string.IsNullOrWhiteSpace(leading))
        {
            var first = command.Options[0];
            error = $"Options are written name:value, e.g. /{command.Name} {first.Name}:{Example(first)}.";
            return null;
        }

        for (var i = 0; i < markers.Count; i++)
        {
            var option = command.Options.First(o => string.Equals(o.Name, markers[i].Groups[1].Value, StringComparison.OrdinalIgnoreCase));
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : rest.Length;
            var raw = rest[start..end].Trim();
            if (values.Any(v => string.Equals(v.Name, option.Name, StringComparison.Ordinal)))
            {
                error = $"{option.Name} is given twice.";
                return null;
            }

            if (Check(option, raw, out error) is not { } value)
            {
                return null;
            }

            values.Add(new CommandOptionValue(option.Name, (int)option.Type, value));
        }

        if (command.Options.FirstOrDefault(o => o.Required && !values.Any(v => v.Name == o.Name)) is { } missing)
        {
            error = $"{missing.Name} is required, e.g. {missing.Name}:{Example(missing)}.";
            return null;
        }

        return values;
    }

    /// <summary>The value as Discord would send it, or null with the reason.</summary>
    private static string? Check(ApplicationCommandOptionDefinition option, string raw, out string? error)
    {
        error = null;
        if (raw.Length == 0)
        {
            error = $"{option.Name} needs a value, e.g. {option.Name}:{Example(option)}.";
            return null;
        }

        if (option.Choices.Count > 0)
        {
            var choice = option.Choices.FirstOrDefault(c => string.Equals(c.Value, raw, StringComparison.OrdinalIgnoreCase)
                                                            || string.Equals(c.Name, raw, StringComparison.OrdinalIgnoreCase));
            if (choice is null)
            {
                error = $"{option.Name} must be one of: {string.Join(", ", option.Choices.Select(c => c.Value))}.";
            }

            return choice?.Value;
        }

        if (raw.Length < (option.MinLength ?? 0) || raw.Length > (option.MaxLength ?? 6000))
        {
            error = $"{option.Name} must be {option.MinLength ?? 0} to {option.MaxLength ?? 6000} characters long.";
            return null;
        }

        var valid = option.Type switch
        {
            ApplicationCommandOptionType.Integer => long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            ApplicationCommandOptionType.Number => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            ApplicationCommandOptionType.Boolean => raw is "true" or "false",
            _ => true,
        };
        if (!valid)
        {
            error = $"{option.Name} must be a {option.Type.ToString().ToLowerInvariant()}.";
            return null;
        }

        return raw;
    }

    private static string Example(ApplicationCommandOptionDefinition option) =>
        option.Choices.Count > 0 ? option.Choices[0].Value
        : option.Name switch { "tasks" => "A:2 B:3 C:1", "urls" => "https://example.com/", _ => "…" };
}
