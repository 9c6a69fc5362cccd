using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering;

/// <summary>
/// An ASCII timeline of a run as plain monospace text (front ends add their own framing, such as a code block):
/// one row per task, bars on a shared time axis. It always fits one
/// Discord message: it narrows the bars, then shows fewer rows (the first ones, and how many more), then shortens
/// names, until it does.
/// </summary>
public static class RaceTimeline
{
    /// <summary>Discord's limit on a message's content.</summary>
    public const int DiscordMessageLimit = 2000;

    /// <summary>Most rows per run (or per compare leg) before the rest are summed up in one line.</summary>
    public const int MaxRows = 25;

    private const int MaxNameWidth = 20;
    private const int ShortNameWidth = 12;
    private static readonly int[] s_rowSteps = [MaxRows, 16, 10, 6, 3, 1];
    private static readonly int[] s_wideSteps = [60, 50, 40, 30];
    private static readonly int[] s_narrowSteps = [20, 10];

    /// <summary>Renders the timeline in at most <paramref name="maxChars"/> characters.</summary>
    /// <param name="result">The run; for <c>compare</c>, both legs are drawn on one axis.</param>
    /// <param name="maxChars">The budget; Discord's 2000 by default.</param>
    public static string Render(RaceResult result, int maxChars = DiscordMessageLimit)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sections = result.Mode == RaceMode.Compare ? [.. result.Legs] : new[] { result };
        var axisEnd = AxisEnd(result, sections);
        var fullNames = NameWidth(sections);
        foreach (var (rows, nameWidth, width) in Candidates(fullNames))
        {
            var text = new TimelineLayout(result, axisEnd, width, rows, nameWidth).Draw(sections);
            if (text.Length <= maxChars)
            {
                return text;
            }
        }

        // Only a budget far below any real message gets here.
        const string Fallback = "(timeline too large)";
        return Fallback[..Math.Min(maxChars, Fallback.Length)];
    }

    /// <summary>
    /// Layouts from most to least detailed, in the order a reader misses least: narrower bars first, then
    /// shorter names, then fewer rows, then very narrow bars and stub names.
    /// </summary>
    private static IEnumerable<(int Rows, int NameWidth, int Width)> Candidates(int fullNames)
    {
        int[] names = fullNames > ShortNameWidth ? [fullNames, ShortNameWidth] : [fullNames];
        foreach (var rows in s_rowSteps)
        {
            foreach (var nameWidth in names)
            {
                foreach (var width in s_wideSteps)
                {
                    yield return (rows, nameWidth, width);
                }
            }
        }

        foreach (var rows in s_rowSteps)
        {
            foreach (var nameWidth in (int[])[ShortNameWidth, 6, 3])
            {
                foreach (var width in s_narrowSteps)
                {
                    yield return (rows, Math.Min(nameWidth, fullNames), width);
                }
            }
        }
    }

    private static TimeSpan AxisEnd(RaceResult result, RaceResult[] sections)
    {
        var end = result.Mode == RaceMode.Compare ? TimeSpan.Zero : result.Elapsed;
        foreach (var section in sections)
        {
            end = section.Elapsed > end ? section.Elapsed : end;
            foreach (var task in section.Tasks)
            {
                var last = task.Reported ?? task.Ended ?? TimeSpan.Zero;
                end = last > end ? last : end;
            }
        }

        // A run measured on a clock that never moved still needs an axis to draw on.
        return end > TimeSpan.Zero ? end : TimeSpan.FromMilliseconds(1);
    }

    private static int NameWidth(RaceResult[] sections)
    {
        var width = 1;
        foreach (var section in sections)
        {
            var shown = Math.Min(section.Tasks.Length, MaxRows);
            for (var i = 0; i < shown; i++)
            {
                width = Math.Max(width, section.Tasks[i].Name.Length);
            }
        }

        return Math.Min(width, MaxNameWidth);
    }
}
