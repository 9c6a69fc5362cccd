using System.Text.Json;
using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>Strict readers for client frames: a value of the wrong JSON kind counts as absent.</summary>
internal static class FakeGatewayPayloads
{
    /// <summary>Intent bits Discord defines (0–16, 20, 21, 24, 25).</summary>
    public const long DefinedIntents = 0x1FFFF | (1L << 20) | (1L << 21) | (1L << 24) | (1L << 25);

    /// <summary>Privileged intents: guild members, presences, message content.</summary>
    public const long PrivilegedIntents = (1L << 1) | (1L << 8) | (1L << 15);

    public static int TryReadOp(string? text, out JsonObject? frame)
    {
        frame = null;
        if (text is null)
        {
            return -1;
        }

        try
        {
            frame = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return -1;
        }

        if (frame is not null && TryGetLong(frame["op"], out var op))
        {
            return (int)op;
        }

        frame = null;
        return -1;
    }

    public static bool IsValidShard(JsonNode shard) =>
        shard is JsonArray { Count: 2 } pair && TryGetLong(pair[0], out var id) && TryGetLong(pair[1], out var count)
        && id >= 0 && count >= 1 && id < count;

    public static bool TryGetLong(JsonNode? node, out long value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value);
    }

    public static bool TryGetString(JsonNode? node, out string value)
    {
        value = string.Empty;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.TryGetValue(out value!);
    }
}
