namespace AsyncBot.Core.Race;

/// <summary>
/// Keeps a run's task events for the JSON report. Bounded: runs above <see cref="MaxTasks"/> tasks are recorded
/// without task events, matching the rule (docs/commands.md) that <c>--json</c> leaves out <c>events</c> above 1000 tasks.
/// </summary>
/// <remarks>Not locked: the engine serializes calls. Read <see cref="Events"/> after the run's task completed.</remarks>
public sealed class RaceEventRecorder : IRaceObserver
{
    /// <summary>The documented limit for per-task JSON output.</summary>
    public const int DefaultMaxTasks = 1000;

    private readonly List<RaceEvent> _events = [];

    /// <summary>Creates a recorder.</summary>
    /// <param name="maxTasks">Runs with more tasks than this keep only run and leg events.</param>
    public RaceEventRecorder(int maxTasks = DefaultMaxTasks)
    {
        MaxTasks = maxTasks;
    }

    /// <summary>Above this many tasks, task events are not kept.</summary>
    public int MaxTasks { get; }

    /// <inheritdoc/>
    public bool WantsTaskEvents(int taskCount) => taskCount <= MaxTasks;

    /// <summary>The events kept so far, in order.</summary>
    public IReadOnlyList<RaceEvent> Events => _events;

    /// <inheritdoc/>
    public void OnEvent(in RaceEvent raceEvent)
    {
        if (raceEvent.Kind == RaceEventKind.RunStarted && raceEvent.Count <= MaxTasks)
        {
            // Started and Finished per task, per compare leg, plus a few run events: sized once, no regrowth.
            _events.Capacity = (raceEvent.Count * 4) + 8;
        }

        _events.Add(raceEvent);
    }
}
