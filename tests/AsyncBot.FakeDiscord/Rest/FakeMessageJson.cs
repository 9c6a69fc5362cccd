using System.Globalization;
using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Builds and edits message objects shaped like <c>message.json</c>.</summary>
internal static class FakeMessageJson
{
    public const string ChannelId = "1306560559684005890";

    public static JsonObject Create(FakeInteraction interaction, string id, JsonObject? body, int flags, IReadOnlyList<FakeAttachment> files,
        DateTimeOffset now, string? originalMessageId)
    {
        var metadata = new JsonObject { ["id"] = interaction.Id, ["type"] = interaction.Type };
        if (originalMessageId is not null)
        {
            metadata["original_response_message_id"] = originalMessageId;
        }

        return new JsonObject
        {
            ["type"] = interaction.Type == 3 ? 19 : 20,
            ["content"] = FakeJson.Text(body?["content"]) ?? string.Empty,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = Attachments(files, body),
            ["embeds"] = body?["embeds"]?.DeepClone() ?? new JsonArray(),
            ["timestamp"] = Timestamp(now),
            ["edited_timestamp"] = null,
            ["flags"] = flags,
            ["components"] = body?["components"]?.DeepClone() ?? new JsonArray(),
            ["id"] = id,
            ["channel_id"] = ChannelId,
            ["author"] = new JsonObject
            {
                ["id"] = interaction.ApplicationId,
                ["username"] = "AsyncBot",
                ["avatar"] = null,
                ["discriminator"] = "4821",
                ["bot"] = true,
            },
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = false,
            ["application_id"] = interaction.ApplicationId,
            ["webhook_id"] = interaction.ApplicationId,
            ["interaction_metadata"] = metadata,
        };
    }

    /// <summary>Applies a PATCH: fields present replace the old values (null clears).</summary>
    public static void Edit(JsonObject message, JsonObject body, IReadOnlyList<FakeAttachment> files, DateTimeOffset now)
    {
        if (body.ContainsKey("content"))
        {
            message["content"] = FakeJson.Text(body["content"]) ?? string.Empty;
        }

        foreach (var key in new[] { "embeds", "components" })
        {
            if (body.ContainsKey(key))
            {
                message[key] = body[key]?.DeepClone() ?? new JsonArray();
            }
        }

        if (body.ContainsKey("attachments") || files.Count > 0)
        {
            message["attachments"] = Attachments(files, body);
        }

        // A deferred reply loses its loading flag once filled in.
        message["flags"] = (FakeJson.Int(message["flags"]) ?? 0) & ~128;
        message["edited_timestamp"] = Timestamp(now);
    }

    private static JsonArray Attachments(IReadOnlyList<FakeAttachment> files, JsonObject? body)
    {
        var described = body?["attachments"] as JsonArray ?? [];
        var result = new JsonArray();
        foreach (var file in files)
        {
            var entry = described.FirstOrDefault(a => a?["id"]?.ToJsonString().Trim('"') == file.Index.ToString(CultureInfo.InvariantCulture));
            result.Add(new JsonObject
            {
                ["id"] = file.Index.ToString(CultureInfo.InvariantCulture),
                ["filename"] = file.FileName,
                ["description"] = FakeJson.Text(entry?["description"]),
                ["size"] = file.Length,
                ["content_type"] = file.ContentType,
            });
        }

        return result;
    }

    private static string Timestamp(DateTimeOffset now) => now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff+00:00", CultureInfo.InvariantCulture);
}
