using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// Every message request the fake accepted, in order (for assertions), and the current state of each message (to
/// answer GET and PATCH). Thread-safe.
/// </summary>
public sealed class FakeMessages
{
    private readonly Lock _lock = new();
    private readonly List<FakeMessageRecord> _records = [];
    private readonly Dictionary<string, Stored> _messages = new(StringComparer.Ordinal);

    /// <summary>All accepted message requests in arrival order.</summary>
    public IReadOnlyList<FakeMessageRecord> Records
    {
        get
        {
            lock (_lock)
            {
                return _records.ToList();
            }
        }
    }

    /// <summary>The accepted message requests for one interaction, in order.</summary>
    public IReadOnlyList<FakeMessageRecord> For(string interactionId) => Records.Where(r => r.InteractionId == interactionId).ToList();

    /// <summary>The current message object, or null when unknown or deleted.</summary>
    public JsonObject? Get(string messageId)
    {
        lock (_lock)
        {
            return _messages.TryGetValue(messageId, out var stored) && !stored.Deleted ? (JsonObject)stored.Message.DeepClone() : null;
        }
    }

    internal void Record(FakeMessageAction action, FakeInteraction interaction, string? messageId, JsonObject? body,
        IReadOnlyList<FakeAttachment> files, DateTimeOffset now)
    {
        lock (_lock)
        {
            _records.Add(new FakeMessageRecord(_records.Count + 1, action, interaction.Id, messageId,
                (JsonObject?)body?.DeepClone(), files, now));
        }
    }

    internal JsonObject Store(string interactionId, JsonObject message)
    {
        lock (_lock)
        {
            _messages[(string)message["id"]!] = new Stored(interactionId, message);
            return (JsonObject)message.DeepClone();
        }
    }

    /// <summary>Runs <paramref name="change"/> on a live message of the interaction; null when there is none.</summary>
    internal JsonObject? Change(string interactionId, string messageId, Action<JsonObject> change, bool delete = false)
    {
        lock (_lock)
        {
            if (!_messages.TryGetValue(messageId, out var stored) || stored.Deleted || stored.InteractionId != interactionId)
            {
                return null;
            }

            change(stored.Message);
            stored.Deleted = delete;
            return (JsonObject)stored.Message.DeepClone();
        }
    }

    private sealed class Stored(string interactionId, JsonObject message)
    {
        public string InteractionId { get; } = interactionId;

        public JsonObject Message { get; } = message;

        public bool Deleted { get; set; }
    }
}
