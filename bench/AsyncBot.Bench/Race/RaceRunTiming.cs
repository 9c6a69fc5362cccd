namespace AsyncBot.Bench.Race;

/// <summary>What one race took.</summary>
/// <param name="Elapsed">From the first task's creation to the last one's completion being seen.</param>
/// <param name="Setup">Preparation outside <paramref name="Elapsed"/> (building the engine's plan); zero for the floor.</param>
/// <param name="Events">Events the observer received; zero for the floor.</param>
/// <param name="Started">When every task had been started, from the start.</param>
/// <param name="FirstDone">When the first task's completion was seen (engine with events only).</param>
/// <param name="LastDone">When the last task's completion was seen (engine with events only).</param>
public readonly record struct RaceRunTiming(TimeSpan Elapsed, TimeSpan Setup, long Events, TimeSpan? Started, TimeSpan? FirstDone = null, TimeSpan? LastDone = null);
