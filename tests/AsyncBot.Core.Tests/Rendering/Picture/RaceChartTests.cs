using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering.Picture;
using AsyncBot.Core.Tests.Race;
using SkiaSharp;

namespace AsyncBot.Core.Tests.Rendering.Picture;

public sealed class RaceChartTests
{
    /// <summary>Antialiased bar edges may land a pixel either side of the exact offset.</summary>
    private const double EdgeTolerance = 1.5;

    [Fact]
    public async Task RenderPng_TutorialExampleGather_EndsCThenAThenBAtOneTwoThreeSeconds()
    {
        var (result, _) = await RaceRuns.RunAsync("A:2 B:3 C:1", "gather");

        using var chart = ChartPixels.Render(result);

        Assert.Equal(1000, chart.Width);
        Assert.Equal(chart.Layout.Height, chart.Height);
        Assert.Equal(6, chart.Layout.Axis.End);
        var ends = chart.TaskRows.ToDictionary(r => r.Task.Name, r => chart.SecondsAt(chart.Span(r, ChartPalette.Finished)!.Value.Last + 1));
        Assert.Equal(["A", "B", "C"], ends.Keys);
        Assert.Equal(2, ends["A"], 0.02);
        Assert.Equal(3, ends["B"], 0.02);
        Assert.Equal(1, ends["C"], 0.02);
        AssertBarsWhereTheResultSays(chart);
    }

    [Fact]
    public async Task RenderPng_OneTask_DrawsOneReadableBar()
    {
        var (result, _) = await RaceRuns.RunAsync("Only:2", "gather");

        using var chart = ChartPixels.Render(result);

        var row = Assert.Single(chart.TaskRows);
        Assert.Equal("Only", row.Text);
        Assert.InRange(chart.Height, 150, 300);
        Assert.True(row.Height >= 30, "one row gets a generous height");
        AssertBarsWhereTheResultSays(chart);
    }

    [Theory]
    [InlineData("gather")]
    [InlineData("sequential")]
    public async Task RenderPng_TwentyFiveTasks_DrawsEveryBarOnItsOwnRow(string mode)
    {
        var tasks = string.Join(' ', Enumerable.Range(1, 25).Select(i => $"Task_{i:D2}:{(i % 5) + 1}"));
        var (result, _) = await RaceRuns.RunAsync(tasks, mode);

        using var chart = ChartPixels.Render(result);

        Assert.Equal(25, chart.TaskRows.Count);
        Assert.InRange(chart.Height, 600, 1000);
        var middles = chart.TaskRows.Select(r => r.Middle).ToList();
        Assert.All(middles.Zip(middles.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 20, "rows too close to read"));
        AssertBarsWhereTheResultSays(chart);
    }

    [Fact]
    public async Task RenderPng_Compare_DrawsBothLegsFromZeroUnderHeadings()
    {
        var (result, _) = await RaceRuns.RunAsync("A:2 B:3 C:1", "compare");

        using var chart = ChartPixels.Render(result);

        Assert.Equal(
            [ChartRowKind.Heading, ChartRowKind.Task, ChartRowKind.Task, ChartRowKind.Task, ChartRowKind.Heading, ChartRowKind.Task, ChartRowKind.Task, ChartRowKind.Task],
            chart.Layout.Rows.Select(r => r.Kind));
        Assert.StartsWith("sequential", chart.Layout.Rows[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("gather", chart.Layout.Rows[4].Text, StringComparison.Ordinal);
        AssertBarsWhereTheResultSays(chart);

        // The gather leg's bars all start at the axis origin even though the leg began 6 s into the run.
        foreach (var row in chart.TaskRows.Skip(3))
        {
            Assert.Equal(chart.ExpectedX(0), chart.Span(row, ChartPalette.Finished)!.Value.First, EdgeTolerance);
        }
    }

    [Fact]
    public async Task RenderPng_CancelledRun_ColoursCancelledBarsAndKeepsTheFinishedOne()
    {
        var result = await RaceRuns.CancelledGatherAsync();

        using var chart = ChartPixels.Render(result);

        var rows = chart.TaskRows;
        Assert.Null(chart.Span(rows[0], ChartPalette.Finished));
        Assert.NotNull(chart.Span(rows[0], ChartPalette.Cancelled));
        Assert.Null(chart.Span(rows[2], ChartPalette.Cancelled));
        Assert.Equal(1.2, chart.SecondsAt(chart.Span(rows[1], ChartPalette.Cancelled)!.Value.Last + 1), 0.02);
        Assert.Contains(chart.Layout.Legend, entry => entry.Mark == LegendMark.Cancelled);
        AssertBarsWhereTheResultSays(chart);
    }

    [Fact]
    public async Task RenderPng_SequentialCancelledEarly_DrawsNoBarForTasksThatNeverStarted()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(mode: "sequential"), cancel.Token);
        await race.Observer.WaitForLineAsync("Task A: Started");
        await race.AdvanceAsync(1.2);
        await cancel.CancelAsync();
        var result = await FakeClockRace.Finish(run);

        using var chart = ChartPixels.Render(result);

        Assert.Equal(["cancelled at 1.20 s", "not started", "not started"], chart.TaskRows.Select(r => r.Label));
        foreach (var row in chart.TaskRows.Skip(1))
        {
            Assert.Null(chart.Span(row, ChartPalette.Cancelled));
            Assert.Null(chart.Span(row, ChartPalette.Finished));
        }

        AssertBarsWhereTheResultSays(chart);
    }

    [Fact]
    public async Task RenderPng_Ordered_DrawsAWaitingTailUntilEachTaskWasAwaited()
    {
        var (result, _) = await RaceRuns.RunAsync("A:2 B:3 C:1", "ordered");

        using var chart = ChartPixels.Render(result);

        // C finished at 1 s but was reported only after B, at 3 s.
        var c = chart.TaskRows[2];
        Assert.Equal(TimeSpan.FromSeconds(3), c.Task.Reported);
        Assert.Equal("1.00 s, awaited at 3.00 s", c.Label);
        var tail = chart.Span(c, ChartPalette.Waiting)!.Value;
        Assert.Equal(chart.ExpectedX(1), tail.First, EdgeTolerance);
        Assert.Equal(chart.ExpectedX(3), tail.Last + 1, EdgeTolerance);
        Assert.Contains(chart.Layout.Legend, entry => entry.Mark == LegendMark.Waiting);
        AssertBarsWhereTheResultSays(chart);
    }

    [Fact]
    public void RenderPng_FailedRun_ColoursTheCaughtTasksRedUpToTheirEnd()
    {
        var a = new RaceTaskResult(0, new RaceTask("A", 2)) { Started = TimeSpan.Zero, Ended = TimeSpan.FromSeconds(0.5), Outcome = RaceTaskOutcome.Failed };
        var b = new RaceTaskResult(1, new RaceTask("B", 1)) { Started = TimeSpan.Zero, Outcome = RaceTaskOutcome.Failed };
        var c = new RaceTaskResult(2, new RaceTask("C", 0.25))
        {
            Started = TimeSpan.Zero, Ended = TimeSpan.FromSeconds(0.25), Reported = TimeSpan.FromSeconds(0.25), Order = 1, Outcome = RaceTaskOutcome.Finished,
        };
        var result = new RaceResult
        {
            Mode = RaceMode.Gather, Work = RaceWork.Delay, Outcome = RaceOutcome.Failed, Count = 3, Error = "an observer threw",
            Elapsed = TimeSpan.FromSeconds(0.75), SumOfDurations = TimeSpan.FromSeconds(3.25), Tasks = [a, b, c],
        };

        using var chart = ChartPixels.Render(result);

        Assert.Equal("gather · delay · failed", chart.Layout.Title);
        Assert.Equal(["failed at 0.50 s", "failed", "0.25 s"], chart.TaskRows.Select(r => r.Label));
        Assert.Equal(0.5, chart.SecondsAt(chart.Span(chart.TaskRows[0], ChartPalette.Failed)!.Value.Last + 1), 0.02);

        // B never recorded an end: its bar runs to where the run stopped.
        Assert.Equal(0.75, chart.SecondsAt(chart.Span(chart.TaskRows[1], ChartPalette.Failed)!.Value.Last + 1), 0.02);
        Assert.Contains(chart.Layout.Legend, entry => entry.Mark == LegendMark.Failed);
        AssertBarsWhereTheResultSays(chart);
    }

    [Fact]
    public async Task RenderPng_TutorialExampleGather_DrawsTheSequentialTotalAsAFaintLine()
    {
        var (result, _) = await RaceRuns.RunAsync();

        using var chart = ChartPixels.Render(result);

        var x = chart.Layout.SequentialX!.Value;
        Assert.Equal(chart.ExpectedX(6), x, 0.01);
        var column = Enumerable.Range((int)ChartLayout.PlotTop, (int)(chart.Layout.PlotBottom - ChartLayout.PlotTop)).Select(y => chart.At(x, y)).ToList();
        Assert.Contains(column, pixel => ChartPixels.IsClose(pixel, ChartPalette.Sequential));
        Assert.Contains(chart.Layout.Legend, entry => entry.Text == "one after another: 6.00 s");
    }

    [Fact]
    public async Task RenderPng_SequentialTotalFarBeyondTheRun_NotesItInsteadOfSquashingTheBars()
    {
        var (result, _) = await RaceRuns.RunAsync(RaceRuns.Uniform(25, seconds: 1));

        using var chart = ChartPixels.Render(result);

        Assert.Null(chart.Layout.SequentialX);
        Assert.Equal(1, chart.Layout.Axis.End);
        Assert.Contains(chart.Layout.Legend, entry => entry.Text == "one after another: 25.00 s (off the chart)");
    }

    [Fact]
    public async Task RenderPng_ThousandTasks_DrawsTwentyFiveRowsAndCountsTheRest()
    {
        var (result, _) = await RaceRuns.RunAsync(RaceRuns.Uniform(1000, seconds: 1));

        using var chart = ChartPixels.Render(result);

        Assert.Equal(25, chart.TaskRows.Count);
        Assert.Equal("… 975 more tasks not drawn", chart.Layout.Rows[^1].Text);
        Assert.True(chart.Height < 1000, $"{chart.Height} px tall");
    }

    [Fact]
    public void RenderPng_TitleNamesModeAndSpeedup()
    {
        var layout = ChartLayout.For(new RaceResult
        {
            Mode = RaceMode.Gather, Work = RaceWork.Delay, Outcome = RaceOutcome.Finished, Count = 0,
            Elapsed = TimeSpan.FromSeconds(3), SumOfDurations = TimeSpan.FromSeconds(6),
        });

        Assert.Equal("gather · delay · 2.0× faster", layout.Title);
        Assert.StartsWith("Finished in 3.00 s", layout.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_AreTheEmbeddedOnes()
    {
        Assert.Equal("DejaVu Sans", ChartFonts.Regular.FamilyName);
        Assert.Equal("DejaVu Sans", ChartFonts.Bold.FamilyName);
        Assert.True(ChartFonts.Bold.IsBold);
        using var font = ChartFonts.Create(ChartFonts.Regular, 14);
        Assert.True(font.MeasureText("gather · 2.0× faster") > 100, "glyphs have widths");
        Assert.True(font.ContainsGlyphs("A-z_0·×—…"), "every character the chart writes has a glyph");
    }

    /// <summary>
    /// For every task row: pixels along the row's middle have the outcome's colour exactly from the task's start to
    /// its end, as the result gives them, and nowhere else; tasks that never started have no bar.
    /// </summary>
    private static void AssertBarsWhereTheResultSays(ChartPixels chart)
    {
        foreach (var row in chart.TaskRows)
        {
            var task = row.Task;
            var colour = ChartPalette.For(task.Outcome);
            var span = chart.Span(row, colour);
            if (task.Started is not { } started)
            {
                Assert.Null(span);
                continue;
            }

            Assert.True(span is not null, $"no bar for {task.Name}");
            var (first, last) = span.Value;
            var ended = (task.Ended ?? row.SectionEnd).TotalSeconds;
            var expectedEnd = Math.Max(chart.ExpectedX(ended), chart.ExpectedX(started.TotalSeconds) + 3);
            Assert.True(Math.Abs(first - chart.ExpectedX(started.TotalSeconds)) <= EdgeTolerance, $"{task.Name} starts at x={first}, expected {chart.ExpectedX(started.TotalSeconds):F1}");
            Assert.True(Math.Abs(last + 1 - expectedEnd) <= EdgeTolerance, $"{task.Name} ends at x={last + 1}, expected {expectedEnd:F1}");

            // Solid all along, not just at its ends.
            for (var x = first; x <= last; x++)
            {
                Assert.True(ChartPixels.IsClose(chart.At(x, row.Middle), colour), $"{task.Name}: gap in its bar at x={x}");
            }
        }
    }
}
