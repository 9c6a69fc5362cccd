using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;

namespace AsyncBot.Core.Tests.Rendering;

public sealed class RaceLinesTests
{
    [Fact]
    public void Line_TaskEvents_ReadLikeTheTutorial()
    {
        var started = new RaceEvent { Kind = RaceEventKind.TaskStarted, TaskIndex = 0, TaskName = "A" };
        var finished = started with { Kind = RaceEventKind.TaskFinished, Planned = TimeSpan.FromSeconds(2), Elapsed = TimeSpan.FromSeconds(2.001) };
        var half = started with { Kind = RaceEventKind.TaskFinished, Planned = TimeSpan.FromSeconds(1.5), Elapsed = TimeSpan.FromSeconds(1.5) };
        var cancelled = started with { Kind = RaceEventKind.TaskCancelled, Planned = TimeSpan.FromSeconds(2), Elapsed = TimeSpan.FromSeconds(0.5) };

        Assert.Equal("Task A: Started", RaceLines.Line(started));
        Assert.Equal("Task A: Finished after 2 sec", RaceLines.Line(finished));
        Assert.Equal("Task A: Finished after 1.5 sec", RaceLines.Line(half));
        Assert.Equal("Task A: Cancelled after 0.5 sec", RaceLines.Line(cancelled));
    }

    [Theory]
    [InlineData(RaceEventKind.RunStarted)]
    [InlineData(RaceEventKind.RunFinished)]
    [InlineData(RaceEventKind.RunCancelled)]
    [InlineData(RaceEventKind.RunFailed)]
    public void Line_RunEvents_HaveNoLine(RaceEventKind kind) =>
        Assert.Null(RaceLines.Line(new RaceEvent { Kind = kind, TaskIndex = -1 }));

    [Fact]
    public void Line_CompareLegs_AreHeadedAndTimed()
    {
        var started = new RaceEvent { Kind = RaceEventKind.LegStarted, Mode = RaceMode.Gather, Leg = 1, TaskIndex = -1 };
        var finished = started with { Kind = RaceEventKind.LegFinished, Elapsed = TimeSpan.FromSeconds(3) };

        Assert.Equal("Leg 2 of 2: gather (all at once)", RaceLines.Line(started));
        Assert.Equal("Leg 2 of 2 (gather) took 3.00 s", RaceLines.Line(finished));
    }

    [Fact]
    public void LineWithOffset_PrefixesTheOffset()
    {
        var finished = new RaceEvent
        {
            Kind = RaceEventKind.TaskFinished, TaskIndex = 0, TaskName = "A", Offset = TimeSpan.FromSeconds(2),
            Planned = TimeSpan.FromSeconds(2), Elapsed = TimeSpan.FromSeconds(2),
        };

        Assert.Equal("[+2.00s] Task A: Finished after 2 sec", RaceLines.LineWithOffset(finished));
    }

    [Fact]
    public void Plan_EchoesTasksModeAndWork()
    {
        Assert.True(RacePlanParser.TryParse("A:2 B:3 C:1.5", "ordered", "blocking", new RaceOptions(), out var plan, out _));

        Assert.Equal("Racing 3 tasks (ordered, blocking): A:2 B:3 C:1.5", RaceLines.Plan(plan));
    }

    [Fact]
    public void Plan_HugePlan_ListsTheFirstTasksAndCountsTheRest()
    {
        var text = RaceLines.Plan(RaceRuns.Uniform(1_000_000));

        Assert.StartsWith("Racing 1,000,000 tasks (gather, delay): T1:1 T2:1", text, StringComparison.Ordinal);
        Assert.EndsWith("T20:1 … 999,980 more", text, StringComparison.Ordinal);
    }
}
