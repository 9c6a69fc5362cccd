using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;

namespace AsyncBot.Core.Tests.Rendering;

public sealed class RaceSummaryTests
{
    [Fact]
    public async Task Render_GatherTutorialExample_ComparesWithOneAfterAnother()
    {
        var (result, _) = await RaceRuns.RunAsync();

        var lines = RaceSummary.Render(result).Split('\n');

        Assert.Equal("Finished in 3.00 s — one after another would take 6.00 s (2.0× faster)", lines[0]);
        Assert.Equal("All 3 tasks waited at the same time, so the run took about as long as the longest one.", lines[1]);
    }

    [Fact]
    public async Task Render_Sequential_SaysSoHonestly()
    {
        var (result, _) = await RaceRuns.RunAsync(mode: "sequential");

        Assert.Equal(
            "Finished in 6.00 s — one after another is exactly what this was (the tasks add up to 6.00 s)",
            RaceSummary.Render(result));
    }

    [Fact]
    public async Task Render_Ordered_ShowsReportedAndTrueOrder()
    {
        var (result, _) = await RaceRuns.RunAsync(mode: "ordered");

        Assert.Equal(
            "Reported in the order given (A, B, C); they really finished C, A, B.",
            RaceSummary.Render(result).Split('\n')[1]);
    }

    [Fact]
    public async Task Render_BlockingGather_ExplainsWhyItWasNoFaster()
    {
        var (result, _) = await RaceRuns.RunAsync(work: "blocking");

        var lines = RaceSummary.Render(result).Split('\n');

        Assert.Equal("Finished in 6.00 s — one after another would take 6.00 s (no faster)", lines[0]);
        Assert.StartsWith("Blocking work never gave its thread back", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Compare_GivesBothLegsAndTheRatio()
    {
        var (result, _) = await RaceRuns.RunAsync(mode: "compare");

        Assert.StartsWith(
            "Finished in 9.00 s — one after another took 6.00 s, all at once took 3.00 s (2.0× faster)",
            RaceSummary.Render(result),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Cancelled_StartsCancelledAfterAndTallies()
    {
        var result = await RaceRuns.CancelledGatherAsync();

        Assert.Equal("Cancelled after 1.20 s — 1 of 3 tasks finished, 2 cancelled", RaceSummary.Render(result));
    }

    [Fact]
    public void Headline_SlowerThanSequential_SaysSlower()
    {
        var result = new RaceResult
        {
            Mode = RaceMode.Gather, Work = RaceWork.Cpu, Outcome = RaceOutcome.Finished, Count = 2,
            Elapsed = TimeSpan.FromSeconds(2.5), SumOfDurations = TimeSpan.FromSeconds(2),
        };

        Assert.Equal("Finished in 2.50 s — one after another would take 2.00 s (1.3× slower)", RaceSummary.Headline(result));
    }

    [Fact]
    public void Headline_Failed_SaysWhy()
    {
        var result = new RaceResult
        {
            Mode = RaceMode.Gather, Work = RaceWork.Delay, Outcome = RaceOutcome.Failed, Count = 3,
            Elapsed = TimeSpan.FromSeconds(0.25), SumOfDurations = TimeSpan.FromSeconds(6), Error = "observer broke",
        };

        Assert.Equal("Failed after 0.25 s — observer broke", RaceSummary.Render(result));
    }
}
