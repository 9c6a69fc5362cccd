using AsyncBot.Core.Race;

namespace AsyncBot.Bench.Race;

/// <summary>A sink that counts events by kind; the cheapest observer that still makes the engine build them.</summary>
/// <param name="wantsTaskEvents">Whether to ask for task events at all.</param>
public sealed class CountingObserver(bool wantsTaskEvents) : IRaceObserver
{
    private readonly long[] _byKind = new long[Enum.GetValues<RaceEventKind>().Length + 1];

    /// <summary>Events seen.</summary>
    public long Count { get; private set; }

    /// <summary>Events seen of <paramref name="kind"/>.</summary>
    public long CountOf(RaceEventKind kind) => _byKind[(int)kind];

    /// <summary>When the last task started, from the run's start (the engine's own clock); null without task events.</summary>
    public TimeSpan? LastStarted { get; private set; }

    /// <summary>When the first task's Finished went out.</summary>
    public TimeSpan? FirstFinished { get; private set; }

    /// <summary>When the last task's Finished went out.</summary>
    public TimeSpan? LastFinished { get; private set; }

    public void OnEvent(in RaceEvent raceEvent)
    {
        Count++;
        _byKind[(int)raceEvent.Kind]++;
        switch (raceEvent.Kind)
        {
            case RaceEventKind.TaskStarted:
                LastStarted = raceEvent.Offset;
                break;
            case RaceEventKind.TaskFinished:
                FirstFinished ??= raceEvent.Offset;
                LastFinished = raceEvent.Offset;
                break;
        }
    }

    public bool WantsTaskEvents(int taskCount) => wantsTaskEvents;
}
