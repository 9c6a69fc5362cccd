using System.Collections.Immutable;

namespace AsyncBot.Core.Race;

/// <summary>
/// The outcome of a run. For <c>compare</c>, the run's own result holds the two legs in <see cref="Legs"/>
/// (sequential first, then gather) and their <see cref="Ratio"/>; its <see cref="Tasks"/> is empty.
/// </summary>
public sealed class RaceResult
{
    private readonly Lazy<int[]> _outcomeCounts;

    /// <summary>Creates a result; the engine does this, tests and renderers may too.</summary>
    public RaceResult()
    {
        _outcomeCounts = new Lazy<int[]>(CountOutcomes);
    }

    /// <summary>The mode of this run or leg.</summary>
    public required RaceMode Mode { get; init; }

    /// <summary>The work every task did.</summary>
    public required RaceWork Work { get; init; }

    /// <summary>How it ended.</summary>
    public required RaceOutcome Outcome { get; init; }

    /// <summary>How many tasks the plan has.</summary>
    public required int Count { get; init; }

    /// <summary>Wall time from start to end (for <c>compare</c>, of both legs together).</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The planned durations added up: what running the tasks one after another would take.</summary>
    public required TimeSpan SumOfDurations { get; init; }

    /// <summary>Where this leg began, measured from the start of the run; zero except for a compare run's second leg.</summary>
    public TimeSpan StartOffset { get; init; }

    /// <summary>Per task, in plan order; empty for a compare run's own result.</summary>
    public ImmutableArray<RaceTaskResult> Tasks { get; init; } = [];

    /// <summary>For <c>compare</c>: the sequential leg, then the gather leg (missing if cancelled before it).</summary>
    public ImmutableArray<RaceResult> Legs { get; init; } = [];

    /// <summary>For <c>compare</c> when both legs finished: sequential elapsed over gather elapsed.</summary>
    public double? Ratio { get; init; }

    /// <summary>Why the run failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// <see cref="SumOfDurations"/> over <see cref="Elapsed"/>: how many times faster than one after another
    /// (0 when nothing was measured). For a compare run, its <see cref="Ratio"/>.
    /// </summary>
    public double Speedup => Mode == RaceMode.Compare
        ? Ratio ?? 0
        : Elapsed > TimeSpan.Zero ? SumOfDurations / Elapsed : 0;

    /// <summary>Tasks that finished (in a compare run: in its last leg).</summary>
    public int FinishedCount => CountOf(RaceTaskOutcome.Finished);

    /// <summary>Tasks stopped by cancellation.</summary>
    public int CancelledCount => CountOf(RaceTaskOutcome.Cancelled);

    /// <summary>Tasks that never began.</summary>
    public int NotStartedCount => CountOf(RaceTaskOutcome.NotStarted);

    /// <summary>Tasks caught in a failed run.</summary>
    public int FailedCount => CountOf(RaceTaskOutcome.Failed);

    private int CountOf(RaceTaskOutcome outcome) => _outcomeCounts.Value[(int)outcome];

    private int[] CountOutcomes()
    {
        var source = Mode == RaceMode.Compare && !Legs.IsEmpty ? Legs[^1].Tasks : Tasks;
        var counts = new int[4];
        foreach (ref readonly var task in source.AsSpan())
        {
            counts[(int)task.Outcome]++;
        }

        return counts;
    }
}
