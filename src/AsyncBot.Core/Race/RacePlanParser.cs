using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AsyncBot.Core.Race;

/// <summary>
/// Turns what a user typed (<c>/race</c> options or console flags) into a <see cref="RacePlan"/>, or into one
/// sentence that says what is wrong and shows a correct example. Never throws on bad input.
/// </summary>
public static class RacePlanParser
{
    /// <summary>The task list used when none is given: the tutorial's three tasks.</summary>
    public const string DefaultTasks = "A:2 B:3 C:1";

    /// <summary>The example every error message ends with.</summary>
    public const string Example = DefaultTasks;

    /// <summary>Parses tasks, mode and work together and checks the run against <paramref name="limits"/>.</summary>
    /// <param name="tasks">A task list like <c>A:2 B:3 C:1</c>; empty or missing means <see cref="DefaultTasks"/>.</param>
    /// <param name="mode">A mode name (see <see cref="RaceModeNames"/>); empty means gather.</param>
    /// <param name="work">A work name (see <see cref="RaceWorkNames"/>); empty means delay.</param>
    /// <param name="limits">The limits in force.</param>
    /// <param name="plan">The plan when everything is valid.</param>
    /// <param name="error">Otherwise, the first problem found, worded for the user.</param>
    public static bool TryParse(
        string? tasks,
        string? mode,
        string? work,
        RaceOptions limits,
        [NotNullWhen(true)] out RacePlan? plan,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        plan = null;
        if (!TryParseTasks(tasks, limits, out var parsedTasks, out error)
            || !RaceModeNames.TryParse(mode, out var parsedMode, out error)
            || !RaceWorkNames.TryParse(work, out var parsedWork, out error))
        {
            return false;
        }

        var candidate = new RacePlan(parsedTasks, parsedMode, parsedWork);
        var expected = candidate.ExpectedDuration.TotalSeconds;
        if (expected > limits.MaxRunSeconds)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"This run would take about {expected:0.#} s ({Why(candidate)}), at most {limits.MaxRunSeconds:0.#} s is allowed — use fewer or shorter tasks, e.g. {Example}");
            return false;
        }

        plan = candidate;
        return true;
    }

    /// <summary>Parses just a task list, checking count and seconds against <paramref name="limits"/>.</summary>
    /// <param name="tasks">A task list like <c>A:2 B:3 C:1</c>; empty or missing means <see cref="DefaultTasks"/>.</param>
    /// <param name="limits">The limits in force.</param>
    /// <param name="parsed">The tasks when valid.</param>
    /// <param name="error">Otherwise, the first problem found, naming the offending token.</param>
    public static bool TryParseTasks(
        string? tasks,
        RaceOptions limits,
        out ImmutableArray<RaceTask> parsed,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var spec = string.IsNullOrWhiteSpace(tasks) ? DefaultTasks : tasks;
        return RaceTaskListParser.TryParse(spec, limits.MaxTasks, limits.MaxSeconds, out parsed, out error);
    }

    private static string Why(RacePlan plan) => plan.Mode switch
    {
        RaceMode.Sequential => "sequential runs take the sum",
        RaceMode.Compare => "compare runs the tasks twice",
        _ when plan.Work == RaceWork.Blocking => "blocking work takes the sum",
        _ when plan.Work == RaceWork.Cpu => "CPU work is counted as the sum",
        _ => "the longest task",
    };
}
