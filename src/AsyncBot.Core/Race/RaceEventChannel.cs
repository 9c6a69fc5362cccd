using System.Threading.Channels;

namespace AsyncBot.Core.Race;

/// <summary>
/// An observer that queues events for an async consumer (the Discord outbox, a console writer) so the engine never
/// waits on it. Unbounded on purpose: a run has a known, bounded number of events, and dropping or blocking would
/// break the contract's "never drops, never reorders"; huge runs keep it small by skipping task events.
/// </summary>
public sealed class RaceEventChannel : IRaceObserver
{
    /// <summary>Default for <see cref="RaceEventChannel(int)"/>: the JSON output's limit too.</summary>
    public const int DefaultMaxTasksWithEvents = 1000;

    private readonly Channel<RaceEvent> _channel = Channel.CreateUnbounded<RaceEvent>(
        new UnboundedChannelOptions { SingleWriter = true, SingleReader = false });

    private readonly int _maxTasksWithEvents;

    /// <summary>Creates the channel.</summary>
    /// <param name="maxTasksWithEvents">Runs with more tasks than this only get run and leg events.</param>
    public RaceEventChannel(int maxTasksWithEvents = DefaultMaxTasksWithEvents)
    {
        _maxTasksWithEvents = maxTasksWithEvents;
    }

    /// <summary>Where the events come out; completes after the run's last event.</summary>
    public ChannelReader<RaceEvent> Reader => _channel.Reader;

    /// <inheritdoc/>
    public void OnEvent(in RaceEvent raceEvent)
    {
        _channel.Writer.TryWrite(raceEvent);
        if (raceEvent.IsTerminal)
        {
            Complete();
        }
    }

    /// <inheritdoc/>
    public bool WantsTaskEvents(int taskCount) => taskCount <= _maxTasksWithEvents;

    /// <summary>Ends the stream; further events are dropped. Safe to call more than once.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
