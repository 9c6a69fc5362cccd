namespace AsyncBot.Core.Race;

/// <summary>How a race starts its tasks and waits for them. The names users type are in <see cref="RaceModeNames"/>.</summary>
public enum RaceMode
{
    /// <summary>Start all, wait for all (<c>Task.WhenAll</c>); each task reports itself as it finishes.</summary>
    Gather,

    /// <summary>Start and await one task after another.</summary>
    Sequential,

    /// <summary>Start all at once, then await them in the given order and report each when it is awaited.</summary>
    Ordered,

    /// <summary>Start all, report each the moment it finishes (<c>Task.WhenEach</c>).</summary>
    AsCompleted,

    /// <summary>A <see cref="Sequential"/> leg, then a <see cref="Gather"/> leg, and the ratio of the two.</summary>
    Compare,
}
