namespace AsyncBot.Core.Rendering.Picture;

/// <summary>
/// The time axis: from 0 to <see cref="End"/> seconds with a tick every <see cref="Step"/> seconds, the step a
/// round number (1, 2 or 5 times a power of ten) so labels read as a person would write them.
/// </summary>
/// <param name="End">Where the axis ends, in seconds; always above zero.</param>
/// <param name="Step">Seconds between ticks.</param>
internal readonly record struct ChartAxis(double End, double Step)
{
    /// <summary>Most ticks after zero; more would crowd their labels on a 1000-pixel chart.</summary>
    public const int MaxTicks = 8;

    /// <summary>
    /// Past a tick by at most this share of a step, the axis ends at the data instead of a whole step later,
    /// so a run measured at 6.004 s does not get an empty seventh second.
    /// </summary>
    private const double Overshoot = 0.05;

    private static readonly double[] s_multipliers = [1, 2, 5, 10];

    /// <summary>An axis that holds <paramref name="seconds"/>.</summary>
    public static ChartAxis Fit(double seconds)
    {
        // A run on a clock that never moved still needs an axis to draw on.
        var dataEnd = seconds > 0.001 ? seconds : 0.001;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(dataEnd / MaxTicks)));
        var step = magnitude * 10;
        foreach (var multiplier in s_multipliers)
        {
            if (Math.Ceiling((dataEnd / (magnitude * multiplier)) - 1e-9) <= MaxTicks)
            {
                step = magnitude * multiplier;
                break;
            }
        }

        var whole = Math.Floor(dataEnd / step) * step;
        var end = dataEnd - whole <= Overshoot * step ? Math.Max(dataEnd, step) : whole + step;
        return new ChartAxis(end, step);
    }

    /// <summary>The tick values from zero up to the end.</summary>
    public IEnumerable<double> Ticks()
    {
        for (var k = 0; k * Step <= End + (Step * 1e-6); k++)
        {
            // Multiplying, not adding, so 0.1 steps do not drift to 0.30000000000000004.
            yield return Math.Round(k * Step, 9);
        }
    }
}
