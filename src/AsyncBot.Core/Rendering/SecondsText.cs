using System.Globalization;

namespace AsyncBot.Core.Rendering;

/// <summary>How durations read in messages: invariant culture everywhere, because users paste them back as input.</summary>
public static class SecondsText
{
    /// <summary>
    /// Seconds as a person writes them: whole numbers without decimals (<c>2</c>), otherwise up to three
    /// decimals (<c>1.5</c>, <c>1.25</c>).
    /// </summary>
    public static string Plain(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Two fixed decimals, for summaries and axes: <c>3.00</c>.</summary>
    public static string Fixed(TimeSpan duration) => duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An offset from the run's start, as the console prefixes lines: <c>+2.00s</c>.</summary>
    public static string Offset(TimeSpan offset) => "+" + Fixed(offset) + "s";

    /// <summary>
    /// How long a task took, for its Finished line. When it ran as planned (within 50 ms, well above timer jitter
    /// and well below anything a person notices) the planned value is shown, exactly as the tutorial prints it; when
    /// it did not (CPU work sharing cores, a loaded machine) the measured value is, to a tenth of a second.
    /// </summary>
    public static string TaskDuration(TimeSpan planned, TimeSpan ran) =>
        (ran - planned).Duration() < TimeSpan.FromMilliseconds(50)
            ? Plain(planned.TotalSeconds)
            : Measured(ran);

    /// <summary>A measured duration: a tenth of a second above 1 s, hundredths below (<c>0.5</c>, <c>0.04</c>).</summary>
    public static string Measured(TimeSpan ran) =>
        ran.TotalSeconds.ToString(ran < TimeSpan.FromSeconds(1) ? "0.##" : "0.#", CultureInfo.InvariantCulture);
}
