using System.Globalization;
using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>The words on the chart: its title, the label after each bar, the section headings of a compare run.</summary>
internal static class ChartText
{
    /// <summary><c>gather · delay · 2.0× faster</c>: the mode, the work and the speedup, or how the run ended.</summary>
    public static string Title(RaceResult result)
    {
        var prefix = $"{RaceModeNames.Name(result.Mode)} · {RaceWorkNames.Name(result.Work)} · ";
        return result.Outcome switch
        {
            RaceOutcome.Cancelled => prefix + "cancelled",
            RaceOutcome.Failed => prefix + "failed",
            _ when result.Mode == RaceMode.Compare => prefix + "all at once was " + Times(result.Speedup),
            _ => prefix + Times(result.Speedup),
        };
    }

    /// <summary>What follows a task's bar: when it finished (and when it was awaited, if that was later), or how it stopped.</summary>
    public static string TaskLabel(in RaceTaskResult task, bool awaitedLater = false) => task.Outcome switch
    {
        RaceTaskOutcome.Finished when awaitedLater => Seconds(task.Ended) + ", awaited at " + Seconds(task.Reported),
        RaceTaskOutcome.Finished => Seconds(task.Ended),
        RaceTaskOutcome.Cancelled => "cancelled at " + Seconds(task.Ended),
        RaceTaskOutcome.Failed => task.Ended is null ? "failed" : "failed at " + Seconds(task.Ended),
        _ => "not started",
    };

    /// <summary>A compare leg's heading: <c>sequential — 6.00 s</c>.</summary>
    public static string LegHeading(RaceResult leg) => $"{RaceModeNames.Name(leg.Mode)} — {SecondsText.Fixed(leg.Elapsed)} s";

    /// <summary>The row that stands for the tasks left out.</summary>
    public static string More(int hidden) => string.Create(CultureInfo.InvariantCulture, $"… {hidden:N0} more tasks not drawn");

    /// <summary>The legend's words for the faint line.</summary>
    public static string SequentialTotal(TimeSpan total, bool onAxis) =>
        $"one after another: {SecondsText.Fixed(total)} s" + (onAxis ? string.Empty : " (off the chart)");

    /// <summary>2.0× faster, 1.5× slower or no faster, as the text summary words it.</summary>
    public static string Times(double speedup) => speedup switch
    {
        >= 1.05 => speedup.ToString("0.0", CultureInfo.InvariantCulture) + "× faster",
        > 0 and <= 0.95 => (1 / speedup).ToString("0.0", CultureInfo.InvariantCulture) + "× slower",
        _ => "no faster",
    };

    private static string Seconds(TimeSpan? offset) => offset is { } value ? SecondsText.Fixed(value) + " s" : "?";
}
