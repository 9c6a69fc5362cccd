using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// Registered commands per scope (global or a guild). A bulk overwrite keeps the id of every name it already had,
/// creates the rest and drops commands left out; new commands count against a daily create limit. Thread-safe.
/// </summary>
public sealed class FakeCommands
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<JsonObject>> _scopes = new(StringComparer.Ordinal);
    private readonly List<FakeCommandPut> _puts = [];
    private readonly List<DateTimeOffset> _creates = [];
    private readonly FakeRestModule _module;

    internal FakeCommands(FakeRestModule module) => _module = module;

    /// <summary>How many commands were newly created (not kept by name) in total.</summary>
    public int CreateCount
    {
        get
        {
            lock (_lock)
            {
                return _creates.Count;
            }
        }
    }

    /// <summary>Accepted bulk overwrites, in order.</summary>
    public IReadOnlyList<FakeCommandPut> Puts
    {
        get
        {
            lock (_lock)
            {
                return _puts.ToList();
            }
        }
    }

    /// <summary>The commands registered globally (<paramref name="guildId"/> null) or for a guild, as Discord returns them.</summary>
    public JsonArray Get(string? guildId = null)
    {
        lock (_lock)
        {
            return new JsonArray(_scopes.GetValueOrDefault(guildId ?? string.Empty, []).Select(c => c.DeepClone()).ToArray());
        }
    }

    internal FakeResult Overwrite(string? guildId, JsonArray body, DateTimeOffset now)
    {
        lock (_lock)
        {
            var existing = _scopes.GetValueOrDefault(guildId ?? string.Empty, []);
            var isNew = body.Select(c => FakeJson.Text(c?["name"])).Where(n => existing.All(e => FakeJson.Text(e["name"]) != n)).Count();
            var recent = _creates.Count(t => now - t < TimeSpan.FromDays(1));
            if (recent + isNew > _module.Options.MaxCommandCreatesPerDay)
            {
                return FakeResult.Error(400, 30034, "Max number of daily application command creates has been reached (200)");
            }

            var stored = body.OfType<JsonObject>().Select(c => ToStored(c, existing, guildId, now)).ToList();
            _scopes[guildId ?? string.Empty] = stored;
            _puts.Add(new FakeCommandPut(guildId, (JsonArray)body.DeepClone(), now));
            return FakeResult.Json(200, new JsonArray(stored.Select(c => c.DeepClone()).ToArray()));
        }
    }

    private JsonObject ToStored(JsonObject command, List<JsonObject> existing, string? guildId, DateTimeOffset now)
    {
        var name = FakeJson.Text(command["name"]);
        var previous = existing.FirstOrDefault(e => FakeJson.Text(e["name"]) == name);
        if (previous is null)
        {
            _creates.Add(now);
        }

        var result = new JsonObject
        {
            ["id"] = (string?)previous?["id"] ?? _module.Ids.Next(),
            ["application_id"] = _module.ApplicationId,
            ["version"] = _module.Ids.Next(),
            ["default_member_permissions"] = command["default_member_permissions"]?.DeepClone(),
            ["type"] = FakeJson.Int(command["type"]) ?? 1,
            ["name"] = name,
            ["name_localizations"] = null,
            ["description"] = FakeJson.Text(command["description"]),
            ["description_localizations"] = null,
            ["dm_permission"] = true,
        };
        if (guildId is not null)
        {
            result["guild_id"] = guildId;
        }
        else
        {
            result["contexts"] = command["contexts"]?.DeepClone();
            result["integration_types"] = command["integration_types"]?.DeepClone() ?? new JsonArray(0);
        }

        if (command["options"] is JsonArray options)
        {
            result["options"] = new JsonArray(options.Select(o => (JsonNode?)Echo(o as JsonObject ?? [])).ToArray());
        }

        result["nsfw"] = FakeJson.Bool(command["nsfw"]) ?? false;
        return result;
    }

    // Discord echoes options without `required: false` and with null localizations (commands-bulk-response.json).
    private static JsonObject Echo(JsonObject option)
    {
        var copy = (JsonObject)option.DeepClone();
        if (FakeJson.Bool(copy["required"]) == false)
        {
            copy.Remove("required");
        }

        copy["name_localizations"] = null;
        copy["description_localizations"] = null;
        return copy;
    }
}
