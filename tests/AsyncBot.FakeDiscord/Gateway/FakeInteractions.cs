using System.Text;
using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>
/// Builds <c>INTERACTION_CREATE</c> <c>d</c> objects from the fixture files, each with a fresh id and token.
/// Send them with <see cref="FakeGateway.SendInteractionAsync"/>.
/// </summary>
public static class FakeInteractions
{
    private static readonly Dictionary<string, string> KnownCommandIds = new(StringComparer.Ordinal)
    {
        ["race"] = "1378704634675204096",
        ["fetch"] = "1378704634675204097",
        ["help"] = "1378704634675204098",
    };

    /// <summary>
    /// A slash command. Option types follow the values: string → 3, int/long → 4, bool → 5, double → 10.
    /// No options → <c>data.options</c> is absent, as Discord sends it.
    /// </summary>
    /// <param name="name">Command name, e.g. <c>race</c>.</param>
    /// <param name="options">Option names and values.</param>
    /// <param name="inDm">Build it as a DM (<c>user</c> instead of <c>member</c>, no guild).</param>
    /// <param name="userId">The invoker's id; the fixture's user when null.</param>
    public static JsonObject SlashCommand(string name, IEnumerable<(string Name, object Value)>? options = null, bool inDm = false, string? userId = null)
    {
        var d = FromFixture(inDm ? "interaction-create-race-dm.json" : "interaction-create-race.json");
        var data = d["data"]!.AsObject();
        data["name"] = name;
        data["id"] = KnownCommandIds.TryGetValue(name, out var commandId) ? commandId : FakeSnowflakes.Next();
        data.Remove("options");
        var list = options?.ToList() ?? [];
        if (list.Count > 0)
        {
            data["options"] = new JsonArray(list.Select(o => (JsonNode)new JsonObject
            {
                ["name"] = o.Name,
                ["type"] = OptionType(o.Value),
                ["value"] = JsonValue.Create(o.Value),
            }).ToArray());
        }

        SetUser(d, userId);
        return d;
    }

    /// <summary>A button click (type 3) with the given <c>custom_id</c>, on the fixture's message (or <paramref name="messageId"/>).</summary>
    public static JsonObject ButtonClick(string customId, string? messageId = null, string? userId = null)
    {
        var d = FromFixture("interaction-create-cancel-button.json");
        d["data"]!["custom_id"] = customId;
        if (messageId is not null)
        {
            d["message"]!["id"] = messageId;
        }

        SetUser(d, userId);
        return d;
    }

    /// <summary>The <c>d</c> of an <c>interaction-create-*.json</c> fixture with a fresh id and token.</summary>
    public static JsonObject FromFixture(string fileName)
    {
        var d = FakeFixtures.Load(fileName)["d"]!.AsObject();
        d.Parent?.AsObject().Remove("d");
        var id = FakeSnowflakes.Next();
        d["id"] = id;
        d["token"] = TokenFor(id);
        return d;
    }

    /// <summary>A token shaped like the fixtures': base64 of <c>interaction:&lt;id&gt;:fake-…</c>.</summary>
    public static string TokenFor(string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"interaction:{id}:fake-token-for-loopback-tests-only-{Guid.NewGuid():N}"));

    private static void SetUser(JsonObject d, string? userId)
    {
        if (userId is null)
        {
            return;
        }

        var user = (d["member"]?["user"] ?? d["user"])!.AsObject();
        user["id"] = userId;
        user["username"] = "user" + userId[^Math.Min(4, userId.Length)..];
    }

    private static int OptionType(object value) => value switch
    {
        string => 3,
        int or long or short => 4,
        bool => 5,
        double or float or decimal => 10,
        _ => throw new ArgumentException($"Unsupported option value type {value.GetType().Name}", nameof(value)),
    };
}
