using System.Collections.Concurrent;
using System.Threading.Channels;

namespace AsyncBot.History;

/// <summary>
/// Finished runs waiting for the writer, bounded so that a long database outage costs memory only up to
/// <see cref="Capacity"/> entries; beyond that new entries are dropped (the writer logs it once per outage).
/// Also remembers who asked to be forgotten, so their runs still waiting here are never written afterwards.
/// </summary>
internal sealed class HistoryQueue
{
    /// <summary>Entries kept while the database is away: hours of a busy bot's runs, a few MB at most.</summary>
    public const int Capacity = 10_000;

    // Wait mode, though nothing ever waits: only TryWrite is called, and in this mode it reports a full queue
    // (DropWrite would drop silently and report success, leaving nothing to count).
    private readonly Channel<Pending> _channel = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly ConcurrentDictionary<string, long> _forgotten = new(StringComparer.Ordinal);
    private long _sequence;
    private long _dropped;
    private volatile bool _available = true;

    /// <summary>Held while a batch is filtered and written, and while a user is forgotten, so neither overtakes the other.</summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>What the writer last saw of the database.</summary>
    public bool IsAvailable
    {
        get => _available;
        set => _available = value;
    }

    /// <summary>Entries dropped because the queue was full, since the writer last took the count.</summary>
    public long TakeDropped() => Interlocked.Exchange(ref _dropped, 0);

    public ChannelReader<Pending> Reader => _channel.Reader;

    public void Enqueue(RunRecord record)
    {
        var pending = new Pending(Interlocked.Increment(ref _sequence), record);
        if (!_channel.Writer.TryWrite(pending))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Marks every entry of the user queued so far as not to be written. Call holding <see cref="WriteGate"/>.</summary>
    public void Forget(string userId) => _forgotten[userId] = Interlocked.Read(ref _sequence);

    /// <summary>Whether the entry belongs to a user who asked to be forgotten after it was queued.</summary>
    public bool IsForgotten(Pending pending) =>
        _forgotten.TryGetValue(pending.Record.UserId, out var upTo) && pending.Sequence <= upTo;

    /// <summary>
    /// The writer has taken every entry up to <paramref name="sequence"/>: marks that cover no waiting entry can go.
    /// </summary>
    public void Consumed(long sequence)
    {
        foreach (var (userId, upTo) in _forgotten)
        {
            if (upTo <= sequence)
            {
                _forgotten.TryRemove(new KeyValuePair<string, long>(userId, upTo));
            }
        }
    }

    /// <summary>Stops accepting entries (shutdown); the writer drains what is there.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>A queued run and its place in the queue.</summary>
    internal readonly record struct Pending(long Sequence, RunRecord Record);
}
