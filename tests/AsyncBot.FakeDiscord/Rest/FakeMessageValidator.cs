using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Discord's message limits (protocol §3.5–3.8): content, embeds, flags and legacy components.</summary>
internal static class FakeMessageValidator
{
    /// <summary>Flags a new message may carry: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE, IS_COMPONENTS_V2.</summary>
    public const int CreateFlags = 4 | 64 | 4096 | 8192 | 32768;

    /// <summary>Flags an edit may carry: SUPPRESS_EMBEDS, IS_COMPONENTS_V2.</summary>
    public const int EditFlags = 4 | 32768;

    /// <summary>A 400 answer when <paramref name="message"/> breaks a limit; null when it is acceptable.</summary>
    public static FakeResult? Validate(JsonObject message, int allowedFlags, bool mustHaveContent, int fileCount, string[] prefix)
    {
        var errors = new FakeFormErrors();
        if (FakeJson.Text(message["content"])?.Length > 2000)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.", [.. prefix, "content"]);
        }

        if (FakeJson.Int(message["flags"]) is { } flags && (flags & ~allowedFlags) != 0)
        {
            errors.Add("MESSAGE_FLAGS_INVALID", "Invalid flags for this request.", [.. prefix, "flags"]);
        }

        CheckEmbeds(message["embeds"] as JsonArray, errors, prefix);
        CheckComponents(message["components"], errors, prefix);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var empty = string.IsNullOrEmpty(FakeJson.Text(message["content"])) && message["embeds"] is not JsonArray { Count: > 0 }
            && message["components"] is not JsonArray { Count: > 0 } && fileCount == 0 && message["poll"] is null;
        return mustHaveContent && empty ? FakeResult.Error(400, 50006, "Cannot send an empty message") : null;
    }

    private static void CheckEmbeds(JsonArray? embeds, FakeFormErrors errors, string[] prefix)
    {
        if (embeds is null)
        {
            return;
        }

        if (embeds.Count > 10)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.", [.. prefix, "embeds"]);
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            var embed = embeds[i] as JsonObject;
            var title = Length(embed?["title"]);
            var description = Length(embed?["description"]);
            if (title > 256)
            {
                errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 256 or fewer in length.", [.. prefix, "embeds", Key(i), "title"]);
            }

            if (description > 4096)
            {
                errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 4096 or fewer in length.", [.. prefix, "embeds", Key(i), "description"]);
            }

            total += title + description + Length(embed?["footer"]?["text"]) + Length(embed?["author"]?["name"])
                + (embed?["fields"] as JsonArray ?? []).Sum(f => Length(f?["name"]) + Length(f?["value"]));
        }

        if (total > 6000)
        {
            errors.Add("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000", [.. prefix, "embeds"]);
        }
    }

    private static void CheckComponents(JsonNode? node, FakeFormErrors errors, string[] prefix)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray rows || rows.Count > 5)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.", [.. prefix, "components"]);
            return;
        }

        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            string[] rowPath = [.. prefix, "components", Key(i)];
            if (FakeJson.Int(rows[i]?["type"]) != 1 || rows[i]?["components"] is not JsonArray buttons || buttons.Count is 0 or > 5)
            {
                errors.Add("BASE_TYPE_BAD_LENGTH", "An action row needs type 1 and 1 to 5 components.", rowPath);
                continue;
            }

            for (var j = 0; j < buttons.Count; j++)
            {
                CheckButton(buttons[j] as JsonObject, customIds, errors, [.. rowPath, "components", Key(j)]);
            }
        }
    }

    private static void CheckButton(JsonObject? button, HashSet<string> customIds, FakeFormErrors errors, string[] path)
    {
        var style = FakeJson.Int(button?["style"]);
        if (FakeJson.Int(button?["type"]) != 2 || style is null or < 1 or > 6)
        {
            errors.Add("BASE_TYPE_CHOICES", "Expected a button (type 2) with style 1-6.", path);
            return;
        }

        if (Length(button!["label"]) > 80)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length.", [.. path, "label"]);
        }

        if (style is >= 1 and <= 4)
        {
            var customId = FakeJson.Text(button["custom_id"]) ?? string.Empty;
            if (customId.Length is < 1 or > 100)
            {
                errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.", [.. path, "custom_id"]);
            }
            else if (!customIds.Add(customId))
            {
                errors.Add("COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated", [.. path, "custom_id"]);
            }
        }
        else if (style == 5 && string.IsNullOrEmpty(FakeJson.Text(button["url"])))
        {
            errors.Add("BASE_TYPE_REQUIRED", "This field is required", [.. path, "url"]);
        }
    }

    private static int Length(JsonNode? node) => FakeJson.Text(node)?.Length ?? 0;

    private static string Key(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
