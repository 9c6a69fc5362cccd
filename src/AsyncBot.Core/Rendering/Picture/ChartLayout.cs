using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>
/// Where everything on the chart goes, worked out before anything is drawn (so tests can ask where a bar must be).
/// Each task's bar runs from its start to its end on a shared time axis; a compare run's legs both start at zero,
/// one above the other, so their lengths compare directly.
/// </summary>
internal sealed class ChartLayout
{
    /// <summary>The picture's width: wide enough for 25 names, bars and labels, small enough for a Discord embed.</summary>
    public const int Width = 1000;

    /// <summary>Most task rows per run (or compare leg), as in the text timeline; the rest are counted in one row.</summary>
    public const int MaxRowsPerSection = RaceTimeline.MaxRows;

    public const float Margin = 20;
    public const float TitleSize = 20;
    public const float TextSize = 14;
    public const float SmallSize = 12.5f;

    /// <summary>Where names start.</summary>
    public const float NameLeft = Margin;

    /// <summary>Where the first row starts, below title, subtitle and legend.</summary>
    public const float PlotTop = HeaderHeight;

    /// <summary>The least wait, as a share of the axis, drawn as a tail after a finished bar.</summary>
    private const double WaitingShare = 0.004;

    /// <summary>Sequential totals further out than this many times the run's own end are noted, not drawn.</summary>
    private const double MaxSequentialStretch = 3;

    private const float HeaderHeight = 106;
    private const float AxisHeight = 56;
    private const float HeadingHeight = 30;
    private const float MoreHeight = 26;
    private const float Gap = 12;
    private const float MaxNameWidth = 220;

    private ChartLayout(RaceResult result)
    {
        Result = result;
    }

    public RaceResult Result { get; }

    public string Title { get; private set; } = string.Empty;

    public string Subtitle { get; private set; } = string.Empty;

    public IReadOnlyList<(LegendMark Mark, string Text)> Legend { get; private set; } = [];

    public IReadOnlyList<ChartRow> Rows { get; private set; } = [];

    public ChartAxis Axis { get; private set; }

    public int Height { get; private set; }

    public float PlotLeft { get; private set; }

    public float PlotRight { get; private set; }

    public float PlotBottom { get; private set; }

    /// <summary>Where the faint sequential-total line goes, or null when it is off the chart (or there is nothing to add up).</summary>
    public float? SequentialX { get; private set; }

    /// <summary>Lays out <paramref name="result"/>.</summary>
    public static ChartLayout For(RaceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var layout = new ChartLayout(result);
        layout.Arrange();
        return layout;
    }

    /// <summary>The x pixel of an offset on the time axis.</summary>
    public float X(TimeSpan offset) => PlotLeft + (float)(offset.TotalSeconds / Axis.End * (PlotRight - PlotLeft));

    /// <summary>
    /// Whether a finished task waited visibly (over 0.4% of the axis, a few pixels) between finishing and being
    /// reported, as in <c>ordered</c> mode where a short task waits for the longer ones given before it.
    /// </summary>
    public bool HasWaitingTail(in RaceTaskResult task) =>
        task.Outcome == RaceTaskOutcome.Finished && task.Ended is { } ended && task.Reported is { } reported
        && (reported - ended).TotalSeconds >= Axis.End * WaitingShare;

    /// <summary>The rows for <c>compare</c>'s legs, or the run's own tasks.</summary>
    public static RaceResult[] Sections(RaceResult result) => result.Mode == RaceMode.Compare ? [.. result.Legs] : [result];

    private void Arrange()
    {
        var sections = Sections(Result);
        using var text = ChartFonts.Create(ChartFonts.Regular, TextSize);
        using var title = ChartFonts.Create(ChartFonts.Bold, TitleSize);
        Title = TextFit.Fit(ChartText.Title(Result), title, Width - (2 * Margin));
        Subtitle = TextFit.Fit(RaceSummary.Headline(Result), text, Width - (2 * Margin));

        // The axis depends only on time, so it comes first; the pixels then depend on the labels' widths.
        var sum = Result.SumOfDurations;
        var end = DataEnd(sections);
        var sequentialOnAxis = sum > TimeSpan.Zero && sum.TotalSeconds <= end * MaxSequentialStretch;
        Axis = ChartAxis.Fit(sequentialOnAxis ? Math.Max(end, sum.TotalSeconds) : end);

        var shown = sections.Sum(s => Math.Min(s.Tasks.Length, MaxRowsPerSection));
        var rowHeight = shown <= 8 ? 34f : shown <= 30 ? 26f : 22f;
        PlotBottom = PlaceRows(sections, rowHeight);
        Height = (int)Math.Ceiling(PlotBottom + AxisHeight);

        var nameWidth = 24f;
        var labelWidth = 0f;
        foreach (var row in Rows.Where(r => r.Kind == ChartRowKind.Task))
        {
            nameWidth = Math.Max(nameWidth, text.MeasureText(row.Text));
            labelWidth = Math.Max(labelWidth, text.MeasureText(row.Label));
        }

        nameWidth = Math.Min(nameWidth, MaxNameWidth);
        PlotLeft = NameLeft + nameWidth + Gap;
        PlotRight = Width - Margin - labelWidth - Gap;
        Rows = [.. Rows.Select(row => row.Kind == ChartRowKind.Task ? row with { Text = TextFit.Fit(row.Text, text, nameWidth) } : row)];
        SequentialX = sequentialOnAxis ? X(sum) : null;
        Legend = ChartLegend.Build(this, sum, sequentialOnAxis);
    }

    private float PlaceRows(RaceResult[] sections, float rowHeight)
    {
        var rows = new List<ChartRow>();
        var y = PlotTop;
        foreach (var section in sections)
        {
            if (Result.Mode == RaceMode.Compare)
            {
                rows.Add(new ChartRow(ChartRowKind.Heading, y, HeadingHeight, ChartText.LegHeading(section)));
                y += HeadingHeight;
            }

            var shown = Math.Min(section.Tasks.Length, MaxRowsPerSection);
            for (var i = 0; i < shown; i++)
            {
                var task = section.Tasks[i];
                rows.Add(new ChartRow(ChartRowKind.Task, y, rowHeight, task.Name)
                {
                    Task = task,
                    Label = ChartText.TaskLabel(task, HasWaitingTail(task)),
                    SectionEnd = section.Elapsed,
                    Striped = i % 2 == 1,
                });
                y += rowHeight;
            }

            if (section.Tasks.Length > shown)
            {
                rows.Add(new ChartRow(ChartRowKind.More, y, MoreHeight, ChartText.More(section.Tasks.Length - shown)));
                y += MoreHeight;
            }
        }

        Rows = rows;
        return y;
    }

    private static double DataEnd(RaceResult[] sections)
    {
        var end = TimeSpan.Zero;
        foreach (var section in sections)
        {
            end = section.Elapsed > end ? section.Elapsed : end;
            foreach (ref readonly var task in section.Tasks.AsSpan())
            {
                var last = task.Reported ?? task.Ended ?? TimeSpan.Zero;
                end = last > end ? last : end;
            }
        }

        return end.TotalSeconds;
    }
}
