using System.Net;
using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Http;

/// <summary>What the bot's endpoint answered to one interaction POST.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">The body as text (empty when none).</param>
/// <param name="Elapsed">From sending the request to reading the whole answer.</param>
/// <param name="InteractionId">The posted interaction's id, when it was one.</param>
/// <param name="Rejection">Discord's error when the answer was not an acceptable callback; null when accepted or not an interaction.</param>
public sealed record FakeEndpointAnswer(HttpStatusCode Status, string Body, TimeSpan Elapsed, string? InteractionId, string? Rejection = null)
{
    /// <summary>The body as JSON, or null when it is empty or not JSON.</summary>
    public JsonObject? Json => Body.Length > 0 && Body.TrimStart().StartsWith('{') ? JsonNode.Parse(Body) as JsonObject : null;

    /// <summary>The callback type in the body (<c>type</c>), when there is one.</summary>
    public int? CallbackType => Json?["type"]?.GetValue<int>();
}
