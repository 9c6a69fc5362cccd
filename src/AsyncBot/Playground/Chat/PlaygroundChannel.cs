namespace AsyncBot.Playground.Chat;

/// <summary>
/// The one channel every tab shares: the recent messages and the tabs watching them. Every change is told to each
/// tab that may see the message, in the order it happened; ephemeral messages reach only their user.
/// </summary>
/// <remarks>Thread-safe. One lock orders changes, so no tab sees an edit before the message it edits.</remarks>
internal sealed class PlaygroundChannel
{
    /// <summary>Messages kept for tabs that join later; older ones are forgotten, like a scrolled-away history.</summary>
    internal const int HistoryLimit = 300;

    private readonly Lock _gate = new();
    private readonly List<PlaygroundMessage> _messages = [];
    private readonly List<ChannelSubscriber> _subscribers = [];

    /// <summary>How many tabs are watching.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Adds a message at the bottom.</summary>
    public void Post(PlaygroundMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message);
            if (_messages.Count > HistoryLimit)
            {
                _messages.RemoveRange(0, _messages.Count - HistoryLimit);
            }

            Broadcast(message, new ChannelChange(ChannelChangeKind.Upsert, message));
        }
    }

    /// <summary>Replaces a message with <paramref name="edit"/>'s result; false when no such message is kept.</summary>
    public bool TryUpdate(string id, Func<PlaygroundMessage, PlaygroundMessage> edit, out PlaygroundMessage? updated)
    {
        lock (_gate)
        {
            var index = IndexOf(id);
            if (index < 0)
            {
                updated = null;
                return false;
            }

            updated = edit(_messages[index]);
            _messages[index] = updated;
            Broadcast(updated, new ChannelChange(ChannelChangeKind.Upsert, updated));
            return true;
        }
    }

    /// <summary>Finds a kept message.</summary>
    public PlaygroundMessage? Find(string id)
    {
        lock (_gate)
        {
            var index = IndexOf(id);
            return index < 0 ? null : _messages[index];
        }
    }

    /// <summary>
    /// Starts a tab's feed and returns, taken at the same moment, the history that tab may see, so that no change
    /// falls between the two.
    /// </summary>
    public (IReadOnlyList<PlaygroundMessage> History, ChannelSubscriber Subscriber) Subscribe(string userId)
    {
        lock (_gate)
        {
            var subscriber = new ChannelSubscriber(userId, Unsubscribe);
            _subscribers.Add(subscriber);
            return ([.. _messages.Where(m => m.IsVisibleTo(userId))], subscriber);
        }
    }

    /// <summary>Ends every feed (shutdown), so the sockets close.</summary>
    public void CompleteAll()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Complete();
            }
        }
    }

    private void Broadcast(PlaygroundMessage message, ChannelChange change)
    {
        foreach (var subscriber in _subscribers)
        {
            if (message.IsVisibleTo(subscriber.UserId))
            {
                subscriber.Offer(change);
            }
        }
    }

    private int IndexOf(string id) => _messages.FindLastIndex(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    private void Unsubscribe(ChannelSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscriber);
        }
    }
}
