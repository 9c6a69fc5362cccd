namespace AsyncBot.Core.Race;

/// <summary>
/// One thing that happened in a run. A struct passed by <c>in</c>, so publishing a million of them allocates
/// nothing; the strings it carries are the plan's own.
/// </summary>
public readonly struct RaceEvent
{
    /// <summary>What happened.</summary>
    public RaceEventKind Kind { get; init; }

    /// <summary>When, measured from the start of the whole run (for <c>compare</c>, of the first leg).</summary>
    public TimeSpan Offset { get; init; }

    /// <summary>The mode of the leg this belongs to; <see cref="RaceMode.Compare"/> on a compare run's own events.</summary>
    public RaceMode Mode { get; init; }

    /// <summary>The run's work.</summary>
    public RaceWork Work { get; init; }

    /// <summary>0, or for <c>compare</c> 0 (sequential) and 1 (gather).</summary>
    public int Leg { get; init; }

    /// <summary>How many tasks the plan has.</summary>
    public int Count { get; init; }

    /// <summary>The task's position in the plan (0-based), or -1 for run and leg events.</summary>
    public int TaskIndex { get; init; }

    /// <summary>The task's name, or null for run and leg events.</summary>
    public string? TaskName { get; init; }

    /// <summary>The task's planned duration.</summary>
    public TimeSpan Planned { get; init; }

    /// <summary>
    /// For task Finished/Cancelled/Failed: how long the task actually ran (its true finish minus its start, even
    /// when <c>ordered</c> reports it later). For LegFinished and run-ending events: the leg's or run's length.
    /// </summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>For TaskFinished: the task's place (1-based) in the order tasks really finished; else 0.</summary>
    public int Order { get; init; }

    /// <summary>For TaskFailed and RunFailed: the exception's message.</summary>
    public string? Error { get; init; }

    /// <summary>Whether this is about one task rather than the run or a leg.</summary>
    public bool IsTaskEvent => TaskIndex >= 0;

    /// <summary>Whether this is the run's last event.</summary>
    public bool IsTerminal => Kind is RaceEventKind.RunFinished or RaceEventKind.RunCancelled or RaceEventKind.RunFailed;
}
