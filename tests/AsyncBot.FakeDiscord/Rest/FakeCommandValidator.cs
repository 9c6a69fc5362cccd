using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Discord's rules for a bulk command overwrite (protocol §4.1).</summary>
internal static partial class FakeCommandValidator
{
    public static FakeFormErrors Validate(JsonArray commands)
    {
        var errors = new FakeFormErrors();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commands.Count; i++)
        {
            var path = Key(i);
            if (commands[i] is not JsonObject command)
            {
                errors.Add("DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType", path);
                continue;
            }

            CheckName(command, errors, path);
            CheckDescription(command, errors, path);
            if (FakeJson.Text(command["name"]) is { } name && !names.Add(name))
            {
                errors.Add("APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique", path, "name");
            }

            CheckOptions(command["options"] as JsonArray, errors, path);
        }

        return errors;
    }

    private static void CheckOptions(JsonArray? options, FakeFormErrors errors, string path)
    {
        if (options is null)
        {
            return;
        }

        if (options.Count > 25)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", path, "options");
        }

        var sawOptional = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < options.Count; j++)
        {
            var option = options[j] as JsonObject ?? [];
            string[] at = [path, "options", Key(j)];
            CheckName(option, errors, at);
            CheckDescription(option, errors, at);
            if (FakeJson.Int(option["type"]) is not (>= 1 and <= 11))
            {
                errors.Add("BASE_TYPE_CHOICES", "Value must be one of {1, …, 11}.", [.. at, "type"]);
            }

            if (FakeJson.Text(option["name"]) is { } name && !names.Add(name))
            {
                errors.Add("APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique", [.. at, "name"]);
            }

            var required = FakeJson.Bool(option["required"]) ?? false;
            if (required && sawOptional)
            {
                errors.Add("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options", [.. at, "required"]);
            }

            sawOptional |= !required;
            CheckChoices(option["choices"] as JsonArray, errors, at);
        }
    }

    private static void CheckChoices(JsonArray? choices, FakeFormErrors errors, string[] at)
    {
        if (choices is null)
        {
            return;
        }

        if (choices.Count > 25)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", [.. at, "choices"]);
        }

        for (var k = 0; k < choices.Count; k++)
        {
            if (FakeJson.Text(choices[k]?["name"])?.Length is not (>= 1 and <= 100))
            {
                errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.", [.. at, "choices", Key(k), "name"]);
            }

            if (FakeJson.Text(choices[k]?["value"])?.Length > 100)
            {
                errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.", [.. at, "choices", Key(k), "value"]);
            }
        }
    }

    private static void CheckName(JsonObject item, FakeFormErrors errors, params string[] at)
    {
        var name = FakeJson.Text(item["name"]) ?? string.Empty;
        if (!NamePattern().IsMatch(name) || name.Any(char.IsUpper))
        {
            errors.Add("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid", [.. at, "name"]);
        }
    }

    private static void CheckDescription(JsonObject item, FakeFormErrors errors, params string[] at)
    {
        if (FakeJson.Text(item["description"])?.Length is not (>= 1 and <= 100))
        {
            errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.", [.. at, "description"]);
        }
    }

    private static string Key(int index) => index.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[-_\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
