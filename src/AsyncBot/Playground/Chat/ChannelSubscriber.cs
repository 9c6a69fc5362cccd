using System.Threading.Channels;

namespace AsyncBot.Playground.Chat;

/// <summary>
/// One tab's feed of changes. Bounded so a stalled tab cannot grow memory without end: when it falls that far
/// behind, its feed ends, the socket closes and the page reconnects and reloads the history.
/// </summary>
internal sealed class ChannelSubscriber : IDisposable
{
    /// <summary>Changes one tab may have waiting before it is dropped.</summary>
    internal const int Capacity = 1024;

    private readonly Channel<ChannelChange> _changes = Channel.CreateBounded<ChannelChange>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Action<ChannelSubscriber> _unsubscribe;

    internal ChannelSubscriber(string userId, Action<ChannelSubscriber> unsubscribe)
    {
        UserId = userId;
        _unsubscribe = unsubscribe;
    }

    /// <summary>The user this tab belongs to: decides which ephemeral messages it sees.</summary>
    public string UserId { get; }

    /// <summary>The changes, in the order they happened.</summary>
    public ChannelReader<ChannelChange> Changes => _changes.Reader;

    /// <summary>Queues a change; a full queue ends the feed instead of blocking the bot.</summary>
    internal void Offer(ChannelChange change)
    {
        if (!_changes.Writer.TryWrite(change))
        {
            _changes.Writer.TryComplete();
        }
    }

    /// <summary>Ends the feed.</summary>
    internal void Complete() => _changes.Writer.TryComplete();

    /// <inheritdoc />
    public void Dispose()
    {
        Complete();
        _unsubscribe(this);
    }
}
