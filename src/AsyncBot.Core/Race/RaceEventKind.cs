namespace AsyncBot.Core.Race;

/// <summary>What happened. A run's events always come as: RunStarted, (LegStarted, task events, LegFinished)…, then
/// exactly one of RunFinished, RunCancelled or RunFailed, last.</summary>
public enum RaceEventKind : byte
{
    /// <summary>The run began; <see cref="RaceEvent.Count"/> says how many tasks.</summary>
    RunStarted,

    /// <summary>A <c>compare</c> leg began; <see cref="RaceEvent.Mode"/> says which.</summary>
    LegStarted,

    /// <summary>A task began its work.</summary>
    TaskStarted,

    /// <summary>A task's result was reported: when it finished, or in <c>ordered</c> mode when it was awaited.</summary>
    TaskFinished,

    /// <summary>A started task was stopped by cancellation before it finished.</summary>
    TaskCancelled,

    /// <summary>A task's work threw; <see cref="RaceEvent.Error"/> says what.</summary>
    TaskFailed,

    /// <summary>A <c>compare</c> leg ended; <see cref="RaceEvent.Elapsed"/> is its length.</summary>
    LegFinished,

    /// <summary>Every task finished (or failed); the last event.</summary>
    RunFinished,

    /// <summary>The run was cancelled; the last event.</summary>
    RunCancelled,

    /// <summary>The run broke (for example an observer threw); the last event.</summary>
    RunFailed,
}
