using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>One accepted message request, with the JSON body as received (for multipart: the <c>payload_json</c>).</summary>
/// <param name="Sequence">Order of arrival among message requests.</param>
/// <param name="Action">What it did.</param>
/// <param name="InteractionId">The interaction it belongs to.</param>
/// <param name="MessageId">The message created, edited or deleted (null for callbacks that create none).</param>
/// <param name="Body">The request body: the whole callback body for callbacks, the message body otherwise.</param>
/// <param name="Files">File parts, for multipart requests.</param>
/// <param name="ArrivedAt">Arrival on the fake's clock.</param>
public sealed record FakeMessageRecord(
    long Sequence, FakeMessageAction Action, string InteractionId, string? MessageId, JsonObject? Body,
    IReadOnlyList<FakeAttachment> Files, DateTimeOffset ArrivedAt)
{
    /// <summary>The message part: <c>data</c> of a callback, the body itself otherwise.</summary>
    public JsonObject? Message => Action == FakeMessageAction.Callback ? Body?["data"] as JsonObject : Body;

    /// <summary>The callback type, for callbacks.</summary>
    public int? CallbackType => Action == FakeMessageAction.Callback ? FakeJson.Int(Body?["type"]) : null;

    /// <summary>The message text, if sent.</summary>
    public string? Content => FakeJson.Text(Message?["content"]);

    /// <summary>The message flags, if sent.</summary>
    public int? Flags => FakeJson.Int(Message?["flags"]);

    /// <summary>The components, if sent.</summary>
    public JsonArray? Components => Message?["components"] as JsonArray;

    /// <summary>Whether the message says <c>allowed_mentions: {"parse": []}</c> and names no users or roles.</summary>
    public bool MentionsNobody =>
        Message?["allowed_mentions"] is JsonObject mentions
        && mentions["parse"] is JsonArray { Count: 0 }
        && mentions["users"] is null or JsonArray { Count: 0 }
        && mentions["roles"] is null or JsonArray { Count: 0 };

    /// <summary>Whether this request carries message content at all (not a delete or a bare deferral).</summary>
    public bool CarriesMessage => Action != FakeMessageAction.Delete && Message is not null
        && (Message.ContainsKey("content") || Message.ContainsKey("components") || Message.ContainsKey("embeds"));
}
