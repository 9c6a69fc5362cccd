using System.Globalization;
using System.Text;
using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering;

/// <summary>
/// The words after the last event: a headline that starts <c>Finished in 3.00 s</c> (or <c>Cancelled after …</c>)
/// with the comparison to one-after-another, then one line on what this run shows.
/// </summary>
public static class RaceSummary
{
    /// <summary>Most task names a lesson line lists before cutting off.</summary>
    public const int MaxNamesInLesson = 10;

    /// <summary>The headline and the lesson line, separated by a newline.</summary>
    public static string Render(RaceResult result)
    {
        var lesson = Lesson(result);
        return lesson is null ? Headline(result) : Headline(result) + "\n" + lesson;
    }

    /// <summary>
    /// <c>Finished in 3.00 s — one after another would take 6.00 s (2.0× faster)</c>, or the sequential, compare,
    /// cancelled or failed variant.
    /// </summary>
    public static string Headline(RaceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var elapsed = SecondsText.Fixed(result.Elapsed);
        var sum = SecondsText.Fixed(result.SumOfDurations);
        return result.Outcome switch
        {
            RaceOutcome.Cancelled => $"Cancelled after {elapsed} s — {Tally(result)}",
            RaceOutcome.Failed => $"Failed after {elapsed} s — {result.Error}",
            _ when result.Mode == RaceMode.Compare && result.Legs.Length == 2 =>
                $"Finished in {elapsed} s — one after another took {SecondsText.Fixed(result.Legs[0].Elapsed)} s, "
                + $"all at once took {SecondsText.Fixed(result.Legs[1].Elapsed)} s ({Times(result.Ratio ?? 0)})",
            _ when result.Mode == RaceMode.Sequential =>
                $"Finished in {elapsed} s — one after another is exactly what this was (the tasks add up to {sum} s)",
            _ => $"Finished in {elapsed} s — one after another would take {sum} s ({Times(result.Speedup)})",
        };
    }

    /// <summary>What this run teaches, or null when the headline says it all.</summary>
    public static string? Lesson(RaceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome != RaceOutcome.Finished)
        {
            return null;
        }

        var mode = result.Mode == RaceMode.Compare && !result.Legs.IsEmpty ? result.Legs[^1].Mode : result.Mode;
        return result.Work switch
        {
            RaceWork.Blocking when mode != RaceMode.Sequential =>
                "Blocking work never gave its thread back, so even started together the tasks ran one at a time.",
            RaceWork.Cpu => string.Create(
                CultureInfo.InvariantCulture,
                $"CPU work overlaps only as far as there are cores ({Environment.ProcessorCount} here), however it is awaited."),
            RaceWork.Delay when mode == RaceMode.Ordered =>
                $"Reported in the order given ({Names(result, byFinish: false)}); they really finished {Names(result, byFinish: true)}.",
            RaceWork.Delay when mode == RaceMode.AsCompleted => $"Reported as each finished: {Names(result, byFinish: true)}.",
            RaceWork.Delay when mode == RaceMode.Gather && result.Count > 1 => string.Create(
                CultureInfo.InvariantCulture,
                $"All {result.Count:N0} tasks waited at the same time, so the run took about as long as the longest one."),
            _ => null,
        };
    }

    private static string Times(double speedup) => speedup switch
    {
        >= 1.05 => speedup.ToString("0.0", CultureInfo.InvariantCulture) + "× faster",
        > 0 and <= 0.95 => (1 / speedup).ToString("0.0", CultureInfo.InvariantCulture) + "× slower",
        _ => "no faster",
    };

    private static string Tally(RaceResult result)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.FinishedCount:N0} of {result.Count:N0} tasks finished, {result.CancelledCount:N0} cancelled");
        if (result.NotStartedCount > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {result.NotStartedCount:N0} never started");
        }

        if (result.Mode == RaceMode.Compare && !result.Legs.IsEmpty)
        {
            text.Append(CultureInfo.InvariantCulture, $" (in the {RaceModeNames.Name(result.Legs[^1].Mode)} leg)");
        }

        return text.ToString();
    }

    private static string Names(RaceResult result, bool byFinish)
    {
        var tasks = result.Mode == RaceMode.Compare ? result.Legs[^1].Tasks : result.Tasks;
        var shown = Math.Min(tasks.Length, MaxNamesInLesson);
        var names = new string[shown];
        if (byFinish)
        {
            // Order is 1-based and unique among finished tasks, so it indexes straight into the array.
            foreach (var task in tasks)
            {
                if (task.Order >= 1 && task.Order <= shown)
                {
                    names[task.Order - 1] = task.Name;
                }
            }
        }
        else
        {
            for (var i = 0; i < shown; i++)
            {
                names[i] = tasks[i].Name;
            }
        }

        var list = string.Join(", ", names.Where(name => name is not null));
        return tasks.Length > shown ? list + ", …" : list;
    }
}
