using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AsyncBot.Core.Race;

/// <summary>
/// A validated race: its tasks, mode and work. Build one with <see cref="RacePlanParser"/> (user input) or
/// <see cref="TryCreateUniform"/> (scale runs); the engine trusts what it gets.
/// </summary>
public sealed class RacePlan
{
    /// <summary>The most tasks <see cref="TryCreateUniform"/> makes; callers bound their own users further.</summary>
    public const int MaxUniformTasks = 1_000_000;

    internal RacePlan(ImmutableArray<RaceTask> tasks, RaceMode mode, RaceWork work)
    {
        Tasks = tasks;
        Mode = mode;
        Work = work;
        var sum = TimeSpan.Zero;
        var longest = TimeSpan.Zero;
        foreach (var task in tasks)
        {
            var duration = task.Duration;
            sum += duration;
            longest = duration > longest ? duration : longest;
        }

        SumOfDurations = sum;
        LongestDuration = longest;
    }

    /// <summary>The tasks, in the order given.</summary>
    public ImmutableArray<RaceTask> Tasks { get; }

    /// <summary>How the tasks are started and awaited.</summary>
    public RaceMode Mode { get; }

    /// <summary>What each task does.</summary>
    public RaceWork Work { get; }

    /// <summary>How many tasks.</summary>
    public int Count => Tasks.Length;

    /// <summary>All durations added up: what running them one after another would take.</summary>
    public TimeSpan SumOfDurations { get; }

    /// <summary>The longest task: what a perfectly concurrent run would take.</summary>
    public TimeSpan LongestDuration { get; }

    /// <summary>
    /// Roughly how long the run will take on the wall clock, for limits: the sum where tasks cannot overlap
    /// (sequential, blocking, and CPU work, which overlaps only per core and so is counted pessimistically),
    /// the longest task otherwise; <c>compare</c> runs both legs.
    /// </summary>
    public TimeSpan ExpectedDuration
    {
        get
        {
            var concurrent = Work == RaceWork.Delay ? LongestDuration : SumOfDurations;
            return Mode switch
            {
                RaceMode.Sequential => SumOfDurations,
                RaceMode.Compare => SumOfDurations + concurrent,
                _ => concurrent,
            };
        }
    }

    /// <summary>Returns this plan's tasks under another mode and work.</summary>
    public RacePlan With(RaceMode mode, RaceWork work) => new(Tasks, mode, work);

    /// <summary>
    /// Makes <paramref name="count"/> tasks <c>T1..TN</c> of <paramref name="seconds"/> each, for scale runs
    /// (<c>--count N --seconds S</c>).
    /// </summary>
    /// <param name="count">1 to <see cref="MaxUniformTasks"/>; the caller may bound it further.</param>
    /// <param name="seconds">More than 0 (at least a millisecond) and at most <paramref name="maxSeconds"/>.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="work">The work.</param>
    /// <param name="maxSeconds">The longest task allowed, usually <see cref="RaceOptions.MaxSeconds"/>.</param>
    /// <param name="plan">The plan when valid.</param>
    /// <param name="error">When not valid: what is wrong.</param>
    public static bool TryCreateUniform(
        int count,
        double seconds,
        RaceMode mode,
        RaceWork work,
        double maxSeconds,
        [NotNullWhen(true)] out RacePlan? plan,
        [NotNullWhen(false)] out string? error)
    {
        plan = null;
        if (count is < 1 or > MaxUniformTasks)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"--count must be between 1 and {MaxUniformTasks:N0}, e.g. --count 1000 --seconds 1");
            return false;
        }

        error = RaceSecondsRule.Check(seconds, maxSeconds);
        if (error is not null)
        {
            error = "--seconds " + error + ", e.g. --count 1000 --seconds 1";
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<RaceTask>(count);
        for (var i = 1; i <= count; i++)
        {
            builder.Add(new RaceTask("T" + i.ToString(CultureInfo.InvariantCulture), seconds));
        }

        plan = new RacePlan(builder.MoveToImmutable(), mode, work);
        return true;
    }
}
