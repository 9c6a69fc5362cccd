using System.Globalization;

namespace AsyncBot.Core.Race;

/// <summary>The one rule for a task's seconds, shared by the spec parser and the scale-run factory.</summary>
internal static class RaceSecondsRule
{
    /// <summary>
    /// Shortest task. Timers tick in milliseconds, so anything shorter would silently become zero and the plan
    /// would lie about itself.
    /// </summary>
    public const double MinSeconds = 0.001;

    /// <summary>Returns null when <paramref name="seconds"/> is fine, else the end of a sentence saying why.</summary>
    public static string? Check(double seconds, double maxSeconds)
    {
        if (double.IsNaN(seconds))
        {
            return "must be a number";
        }

        if (seconds <= 0)
        {
            return "must be more than 0";
        }

        if (seconds < MinSeconds)
        {
            return "must be at least 0.001 (a millisecond)";
        }

        return seconds > maxSeconds
            ? string.Create(CultureInfo.InvariantCulture, $"must be at most {maxSeconds:0.###}")
            : null;
    }
}
