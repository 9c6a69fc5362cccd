using System.Globalization;
using System.Text;
using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering;

/// <summary>The tutorial's line per event (<c>Task A: Finished after 2 sec</c>) and the plan's one-line echo.</summary>
public static class RaceLines
{
    /// <summary>Most tasks the plan echo lists by name before summing up the rest.</summary>
    public const int MaxTasksInPlan = 20;

    /// <summary>
    /// The line for one event, or null for run-level events, which the summary covers:
    /// <c>Task A: Started</c>, <c>Task A: Finished after 2 sec</c>, <c>Task A: Cancelled after 0.5 sec</c>,
    /// and for <c>compare</c> a heading per leg.
    /// </summary>
    public static string? Line(in RaceEvent raceEvent) => raceEvent.Kind switch
    {
        RaceEventKind.TaskStarted => $"Task {raceEvent.TaskName}: Started",
        RaceEventKind.TaskFinished =>
            $"Task {raceEvent.TaskName}: Finished after {SecondsText.TaskDuration(raceEvent.Planned, raceEvent.Elapsed)} sec",
        RaceEventKind.TaskCancelled => $"Task {raceEvent.TaskName}: Cancelled after {SecondsText.Measured(raceEvent.Elapsed)} sec",
        RaceEventKind.LegStarted => $"Leg {raceEvent.Leg + 1} of 2: {RaceModeNames.Name(raceEvent.Mode)} ({LegGist(raceEvent.Mode)})",
        RaceEventKind.LegFinished =>
            $"Leg {raceEvent.Leg + 1} of 2 ({RaceModeNames.Name(raceEvent.Mode)}) took {SecondsText.Fixed(raceEvent.Elapsed)} s",
        _ => null,
    };

    /// <summary>The line with the console's offset prefix, <c>[+2.00s] Task A: Finished after 2 sec</c>, or null.</summary>
    public static string? LineWithOffset(in RaceEvent raceEvent)
    {
        var line = Line(raceEvent);
        return line is null ? null : $"[{SecondsText.Offset(raceEvent.Offset)}] {line}";
    }

    /// <summary>
    /// The plan in one line, for the immediate reply: <c>Racing 3 tasks (gather, delay): A:2 B:3 C:1</c>.
    /// Long plans list the first <see cref="MaxTasksInPlan"/> and count the rest.
    /// </summary>
    public static string Plan(RacePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Racing {plan.Count:N0} {(plan.Count == 1 ? "task" : "tasks")} ")
            .Append(CultureInfo.InvariantCulture, $"({RaceModeNames.Name(plan.Mode)}, {RaceWorkNames.Name(plan.Work)}):");
        var shown = Math.Min(plan.Count, MaxTasksInPlan);
        for (var i = 0; i < shown; i++)
        {
            text.Append(' ').Append(plan.Tasks[i].Name).Append(':').Append(SecondsText.Plain(plan.Tasks[i].Seconds));
        }

        if (plan.Count > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $" … {plan.Count - shown:N0} more");
        }

        return text.ToString();
    }

    private static string LegGist(RaceMode mode) => mode == RaceMode.Sequential ? "one after another" : "all at once";
}
