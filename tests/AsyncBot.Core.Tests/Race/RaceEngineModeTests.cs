using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

public sealed class RaceEngineModeTests
{
    [Fact]
    public async Task RunAsync_GatherTutorialExample_FinishesCThenAThenBAtOneTwoThreeSeconds()
    {
        var race = new FakeClockRace();
        var run = race.Start(FakeClockRace.Plan());

        await race.AdvanceAsync(1);
        await race.Observer.WaitForLineAsync("Task C: Finished after 1 sec");
        await race.AdvanceAsync(1);
        await race.Observer.WaitForLineAsync("Task A: Finished after 2 sec");
        await race.AdvanceAsync(1);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            [
                "0 Task A: Started", "0 Task B: Started", "0 Task C: Started",
                "1 Task C: Finished after 1 sec", "2 Task A: Finished after 2 sec", "3 Task B: Finished after 3 sec",
            ],
            race.Observer.Timed);
        Assert.Equal(RaceOutcome.Finished, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(3), result.Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(6), result.SumOfDurations);
        Assert.Equal(2.0, result.Speedup, precision: 6);
        Assert.Equal([2, 3, 1], result.Tasks.Select(t => t.Order));
        Assert.Equal([2.0, 3.0, 1.0], result.Tasks.Select(t => t.Ended!.Value.TotalSeconds));
    }

    [Fact]
    public async Task RunAsync_SequentialTutorialExample_FinishesAtTwoFiveSix()
    {
        var race = new FakeClockRace();
        var run = race.Start(FakeClockRace.Plan(mode: "sequential"));

        await race.AdvanceAsync(2);
        await race.Observer.WaitForLineAsync("Task B: Started");
        await race.AdvanceAsync(3);
        await race.Observer.WaitForLineAsync("Task C: Started");
        await race.AdvanceAsync(1);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            [
                "0 Task A: Started", "2 Task A: Finished after 2 sec", "2 Task B: Started",
                "5 Task B: Finished after 3 sec", "5 Task C: Started", "6 Task C: Finished after 1 sec",
            ],
            race.Observer.Timed);
        Assert.Equal(TimeSpan.FromSeconds(6), result.Elapsed);
        Assert.Equal(1.0, result.Speedup, precision: 6);
        Assert.Equal([1, 2, 3], result.Tasks.Select(t => t.Order));
    }

    [Fact]
    public async Task RunAsync_Ordered_ReportsInGivenOrderButKeepsTrueFinishTimes()
    {
        var race = new FakeClockRace();
        var run = race.Start(FakeClockRace.Plan(mode: "ordered"));

        await race.AdvanceAsync(1);
        await race.AdvanceAsync(1);
        await race.Observer.WaitForLineAsync("Task A: Finished after 2 sec");
        await race.AdvanceAsync(1);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            [
                "0 Task A: Started", "0 Task B: Started", "0 Task C: Started",
                "2 Task A: Finished after 2 sec", "3 Task B: Finished after 3 sec", "3 Task C: Finished after 1 sec",
            ],
            race.Observer.Timed);
        Assert.Equal(TimeSpan.FromSeconds(3), result.Elapsed);
        Assert.Equal([2, 3, 1], result.Tasks.Select(t => t.Order));
        Assert.Equal(TimeSpan.FromSeconds(1), result.Tasks[2].Ended);
        Assert.Equal(TimeSpan.FromSeconds(3), result.Tasks[2].Reported);
    }

    [Fact]
    public async Task RunAsync_AsCompleted_ReportsEachAsItFinishes()
    {
        var race = new FakeClockRace();
        var run = race.Start(FakeClockRace.Plan(mode: "as-completed"));

        await race.AdvanceAsync(1);
        await race.Observer.WaitForLineAsync("Task C: Finished after 1 sec");
        await race.AdvanceAsync(1);
        await race.Observer.WaitForLineAsync("Task A: Finished after 2 sec");
        await race.AdvanceAsync(1);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            [
                "0 Task A: Started", "0 Task B: Started", "0 Task C: Started",
                "1 Task C: Finished after 1 sec", "2 Task A: Finished after 2 sec", "3 Task B: Finished after 3 sec",
            ],
            race.Observer.Timed);
        Assert.Equal(TimeSpan.FromSeconds(3), result.Elapsed);
        Assert.All(result.Tasks, t => Assert.Equal(t.Ended, t.Reported));
    }

    [Fact]
    public async Task RunAsync_Compare_RunsSequentialThenGatherAndGivesTheRatio()
    {
        var race = new FakeClockRace();
        var run = race.Start(FakeClockRace.Plan(mode: "compare"));

        await race.AdvanceAsync(2);
        await race.Observer.WaitForLineAsync("Task B: Started");
        await race.AdvanceAsync(3);
        await race.Observer.WaitForLineAsync("Task C: Started");
        await race.AdvanceAsync(1);
        await race.Observer.WaitForAsync(events => events.Any(e => e.Kind == RaceEventKind.LegStarted && e.Leg == 1));

        // The fake clock fires every due timer at the target time, so walk it through each finish.
        await race.AdvanceAsync(1);
        await race.AdvanceAsync(1);
        await race.AdvanceAsync(1);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(RaceMode.Compare, result.Mode);
        Assert.Equal(TimeSpan.FromSeconds(9), result.Elapsed);
        Assert.Equal(3, result.Count);
        Assert.Collection(
            result.Legs,
            sequential =>
            {
                Assert.Equal(RaceMode.Sequential, sequential.Mode);
                Assert.Equal(TimeSpan.FromSeconds(6), sequential.Elapsed);
            },
            gather =>
            {
                Assert.Equal(RaceMode.Gather, gather.Mode);
                Assert.Equal(TimeSpan.FromSeconds(6), gather.StartOffset);
                Assert.Equal(TimeSpan.FromSeconds(3), gather.Elapsed);
                Assert.Equal([2.0, 3.0, 1.0], gather.Tasks.Select(t => t.Ended!.Value.TotalSeconds));
            });
        Assert.Equal(2.0, result.Ratio!.Value, precision: 6);
        Assert.Contains("9 Task B: Finished after 3 sec", race.Observer.Timed);
        Assert.Equal(
            [RaceEventKind.RunStarted, RaceEventKind.LegStarted, RaceEventKind.LegFinished, RaceEventKind.LegStarted, RaceEventKind.LegFinished, RaceEventKind.RunFinished],
            race.Observer.Events.Where(e => !e.IsTaskEvent).Select(e => e.Kind));
    }

    [Theory]
    [InlineData("gather")]
    [InlineData("sequential")]
    [InlineData("ordered")]
    [InlineData("as-completed")]
    [InlineData("compare")]
    public async Task RunAsync_AnyMode_EventsComeInAConsistentOrder(string mode)
    {
        var race = new FakeClockRace();
        var tasks = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"T{i}:{(i * 7 % 5) + 1}"));
        var plan = FakeClockRace.Plan(tasks, mode, limits: new RaceOptions { MaxRunSeconds = 840 });
        var result = await race.RunToEndAsync(race.Start(plan), TimeSpan.FromSeconds(1));

        var events = race.Observer.Events;
        Assert.Equal(RaceEventKind.RunStarted, events[0].Kind);
        Assert.Equal(RaceEventKind.RunFinished, events[^1].Kind);
        Assert.Single(events, e => e.IsTerminal);
        Assert.True(events.Zip(events.Skip(1)).All(pair => pair.First.Offset <= pair.Second.Offset), "offsets must not go back");
        foreach (var leg in events.Where(e => e.IsTaskEvent).GroupBy(e => (e.Leg, e.TaskIndex)))
        {
            Assert.Equal([RaceEventKind.TaskStarted, RaceEventKind.TaskFinished], leg.Select(e => e.Kind));
        }

        Assert.Equal(20, result.FinishedCount);
    }
}
