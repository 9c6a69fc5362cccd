using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using Xunit.Abstractions;

namespace AsyncBot.Core.Tests.Rendering;

public sealed class RaceTimelineTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, RaceMode.Gather)]
    [InlineData(3, RaceMode.Gather)]
    [InlineData(25, RaceMode.Gather)]
    [InlineData(1000, RaceMode.Gather)]
    [InlineData(25, RaceMode.Sequential)]
    [InlineData(25, RaceMode.Compare)]
    [InlineData(1000, RaceMode.Compare)]
    public async Task Render_AnySize_FitsOneDiscordMessageAndAccountsForEveryTask(int count, RaceMode mode)
    {
        // Names of the full 32 characters, the worst case for width.
        var tasks = Enumerable.Range(1, count).Select(i => new RaceTask($"{i:D3}_a_task_name_of_the_full_length"[..32], count > 25 ? 1 : (i % 5) + 1));
        var (result, _) = await RaceRuns.RunAsync(new RacePlan([.. tasks], mode, RaceWork.Delay));

        var text = RaceTimeline.Render(result);
        output.WriteLine(text);

        Assert.True(text.Length <= 2000, $"{text.Length} characters");
        Assert.StartsWith("```\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n```", text, StringComparison.Ordinal);
        var sections = mode == RaceMode.Compare ? 2 : 1;
        var more = text.Split('\n').Where(line => line.StartsWith("… ", StringComparison.Ordinal))
            .Sum(line => int.Parse(line.Split(' ')[1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(count * sections, Rows(text).Count + more);
        Assert.True(Rows(text).Count >= Math.Min(count, 10) * sections, "too few rows shown");
    }

    [Fact]
    public async Task Render_GatherTutorialExample_DrawsBarsToScale()
    {
        var (result, _) = await RaceRuns.RunAsync();

        var text = RaceTimeline.Render(result);
        output.WriteLine(text);
        var rows = Rows(text);

        Assert.Equal(3, rows.Count);
        Assert.Equal(40, Bar(rows[0]).Count(c => c == '#'));
        Assert.Equal(60, Bar(rows[1]).Count(c => c == '#'));
        Assert.Equal(20, Bar(rows[2]).Count(c => c == '#'));
        Assert.Contains("gather · 0 to 3.00 s · one column = 0.05 s", text, StringComparison.Ordinal);
        Assert.EndsWith("| 1.00 s", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Sequential_PlacesBarsOneAfterAnother()
    {
        var (result, _) = await RaceRuns.RunAsync(mode: "sequential");

        var rows = Rows(RaceTimeline.Render(result));

        Assert.Equal(Bar(rows[0]).LastIndexOf('#') + 1, Bar(rows[1]).IndexOf('#'));
        Assert.Equal(Bar(rows[1]).LastIndexOf('#') + 1, Bar(rows[2]).IndexOf('#'));
    }

    [Fact]
    public async Task Render_Ordered_ShowsResultsWaitingToBeAwaited()
    {
        var (result, _) = await RaceRuns.RunAsync(mode: "ordered");

        var text = RaceTimeline.Render(result);
        output.WriteLine(text);

        Assert.Equal(40, Bar(Rows(text)[2]).Count(c => c == '.'));
        Assert.Contains(". done, not yet awaited", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Cancelled_MarksTheCancelledTasks()
    {
        var result = await RaceRuns.CancelledGatherAsync();

        var text = RaceTimeline.Render(result);
        output.WriteLine(text);

        Assert.EndsWith("x| cancelled 1.20 s", Rows(text)[0], StringComparison.Ordinal);
        Assert.Contains("x cancelled", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ManyTasks_ShowsTheFirstAndCountsTheRest()
    {
        var (result, _) = await RaceRuns.RunAsync(RaceRuns.Uniform(1000));

        var text = RaceTimeline.Render(result);

        Assert.Contains("\n… 975 more\n", text, StringComparison.Ordinal);
        Assert.StartsWith("T1 ", Rows(text)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TightBudget_ShrinksUntilItFits()
    {
        var (result, _) = await RaceRuns.RunAsync(RaceRuns.Uniform(25));

        var text = RaceTimeline.Render(result, maxChars: 600);
        output.WriteLine(text);

        Assert.True(text.Length <= 600, $"{text.Length} characters");
        Assert.NotEmpty(Rows(text));
    }

    private static List<string> Rows(string text) => [.. text.Split('\n').Where(line => line.Contains(" |", StringComparison.Ordinal))];

    private static string Bar(string row) => row[(row.IndexOf('|', StringComparison.Ordinal) + 1)..row.LastIndexOf('|')];
}
