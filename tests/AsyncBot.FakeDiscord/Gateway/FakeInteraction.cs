using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>An interaction the fake delivered as <c>INTERACTION_CREATE</c>.</summary>
/// <param name="Id">Interaction snowflake.</param>
/// <param name="Token">Interaction token (fresh for each one).</param>
/// <param name="ApplicationId">Application snowflake.</param>
/// <param name="Type">Interaction type (2 command, 3 component).</param>
/// <param name="Sequence">The <c>s</c> it was dispatched with.</param>
/// <param name="CreatedAt">When it was dispatched, by the fake's clock (the 3 s / 15 min windows start here).</param>
/// <param name="Payload">The <c>d</c> object as sent.</param>
public sealed record FakeInteraction(string Id, string Token, string ApplicationId, int Type, long Sequence, DateTimeOffset CreatedAt, JsonObject Payload);
