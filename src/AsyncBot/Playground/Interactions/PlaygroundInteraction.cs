using AsyncBot.Discord.Interactions;

namespace AsyncBot.Playground.Interactions;

/// <summary>
/// What the playground remembers about one interaction token: when it was created, whether it was answered, its
/// <c>@original</c> message, and its webhook bucket.
/// </summary>
internal sealed class PlaygroundInteraction
{
    private readonly Lock _gate = new();
    private bool _acknowledged;

    public PlaygroundInteraction(Interaction interaction, string invocationName, DateTimeOffset createdAt, WindowBucket bucket)
    {
        Interaction = interaction;
        InvocationName = invocationName;
        CreatedAt = createdAt;
        Bucket = bucket;
    }

    /// <summary>The interaction as the handlers saw it.</summary>
    public Interaction Interaction { get; }

    /// <summary>The command name or button label, for the "Ada used /race" line.</summary>
    public string InvocationName { get; }

    /// <summary>When it was created: the 3 s callback and 15 min token deadlines count from here.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The token's webhook bucket.</summary>
    public WindowBucket Bucket { get; }

    /// <summary>The <c>@original</c> message: the reply, or for a button click the message the button is on.</summary>
    public string? OriginalMessageId { get; private set; }

    /// <summary>Whether the callback was sent.</summary>
    public bool Acknowledged
    {
        get
        {
            lock (_gate)
            {
                return _acknowledged;
            }
        }
    }

    /// <summary>Marks the callback as sent; false when it already was (Discord's 40060).</summary>
    public bool TryAcknowledge()
    {
        lock (_gate)
        {
            if (_acknowledged)
            {
                return false;
            }

            _acknowledged = true;
            return true;
        }
    }

    /// <summary>Records the <c>@original</c> message.</summary>
    public void SetOriginal(string messageId)
    {
        lock (_gate)
        {
            OriginalMessageId = messageId;
        }
    }
}
