using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>One bulk overwrite the fake accepted.</summary>
/// <param name="GuildId">The guild, or null for global commands.</param>
/// <param name="Body">The request body as received.</param>
/// <param name="ArrivedAt">Arrival on the fake's clock.</param>
public sealed record FakeCommandPut(string? GuildId, JsonArray Body, DateTimeOffset ArrivedAt);
