using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

public sealed class RaceEngineCancellationTests
{
    [Fact]
    public async Task RunAsync_GatherCancelledAtHalfASecond_CancelsEveryTaskThenTheRun()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(), cancel.Token);

        await race.AdvanceAsync(0.5);
        await cancel.CancelAsync();
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            [
                "0 Task A: Started", "0 Task B: Started", "0 Task C: Started",
                "0.5 Task A: Cancelled after 0.5 sec", "0.5 Task B: Cancelled after 0.5 sec", "0.5 Task C: Cancelled after 0.5 sec",
            ],
            race.Observer.Timed);
        Assert.Equal(RaceEventKind.RunCancelled, race.Observer.Events[^1].Kind);
        Assert.Equal(RaceOutcome.Cancelled, result.Outcome);
        Assert.Equal(3, result.CancelledCount);
        Assert.Equal(TimeSpan.FromSeconds(0.5), result.Elapsed);
    }

    [Fact]
    public async Task RunAsync_GatherCancelledAfterFirstFinish_KeepsTheFinishedOne()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(), cancel.Token);

        await race.AdvanceAsync(1);
        await race.Observer.WaitForLineAsync("Task C: Finished after 1 sec");
        await race.AdvanceAsync(0.2);
        await cancel.CancelAsync();
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            [RaceTaskOutcome.Cancelled, RaceTaskOutcome.Cancelled, RaceTaskOutcome.Finished],
            result.Tasks.Select(t => t.Outcome));
        Assert.Contains("1.2 Task A: Cancelled after 1.2 sec", race.Observer.Timed);

        // Timers still pending when the run was cancelled change nothing afterwards.
        await race.AdvanceAsync(5);
        Assert.Equal(RaceEventKind.RunCancelled, race.Observer.Events[^1].Kind);
        Assert.Equal(RaceTaskOutcome.Cancelled, result.Tasks[0].Outcome);
    }

    [Fact]
    public async Task RunAsync_SequentialCancelledInSecondTask_LeavesTheThirdNotStarted()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(mode: "sequential"), cancel.Token);

        await race.AdvanceAsync(2);
        await race.Observer.WaitForLineAsync("Task B: Started");
        await race.AdvanceAsync(1);
        await cancel.CancelAsync();
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            [RaceTaskOutcome.Finished, RaceTaskOutcome.Cancelled, RaceTaskOutcome.NotStarted],
            result.Tasks.Select(t => t.Outcome));
        Assert.Equal("3 Task B: Cancelled after 1 sec", race.Observer.Timed[^1]);
        Assert.Null(result.Tasks[2].Started);
    }

    [Fact]
    public async Task RunAsync_OrderedCancelled_ReportsResultsAlreadyInAndCancelsTheRest()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(mode: "ordered"), cancel.Token);

        await race.AdvanceAsync(1);
        await race.AdvanceAsync(1);
        await race.Observer.WaitForLineAsync("Task A: Finished after 2 sec");
        await race.AdvanceAsync(0.5);
        await cancel.CancelAsync();
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            ["2 Task A: Finished after 2 sec", "2.5 Task B: Cancelled after 2.5 sec", "2.5 Task C: Finished after 1 sec"],
            race.Observer.Timed.Skip(3));
        Assert.Equal([RaceTaskOutcome.Finished, RaceTaskOutcome.Cancelled, RaceTaskOutcome.Finished], result.Tasks.Select(t => t.Outcome));
    }

    [Fact]
    public async Task RunAsync_BlockingCancelledMidTask_StopsBlockingAndStartsNothingMore()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(work: "blocking"), cancel.Token);

        await race.Observer.WaitForLineAsync("Task A: Started");
        await race.AdvanceAsync(1);
        await cancel.CancelAsync();
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(["0 Task A: Started", "1 Task A: Cancelled after 1 sec"], race.Observer.Timed);
        Assert.Equal([RaceTaskOutcome.Cancelled, RaceTaskOutcome.NotStarted, RaceTaskOutcome.NotStarted], result.Tasks.Select(t => t.Outcome));
    }

    [Fact]
    public async Task RunAsync_CompareCancelledInFirstLeg_HasOneLegAndNoRatio()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(mode: "compare"), cancel.Token);

        await race.AdvanceAsync(1);
        await cancel.CancelAsync();
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(RaceOutcome.Cancelled, result.Outcome);
        Assert.Single(result.Legs);
        Assert.Null(result.Ratio);
        Assert.Equal(2, result.NotStartedCount);
    }

    [Fact]
    public async Task RunAsync_TokenAlreadyCancelled_StartsNothing()
    {
        var race = new FakeClockRace();

        var result = await FakeClockRace.Finish(race.Start(FakeClockRace.Plan(), new CancellationToken(canceled: true)));

        Assert.Equal(RaceOutcome.Cancelled, result.Outcome);
        Assert.Equal(3, result.NotStartedCount);
        Assert.Equal([RaceEventKind.RunStarted, RaceEventKind.RunCancelled], race.Observer.Events.Select(e => e.Kind));
    }

    [Fact]
    public async Task RunAsync_ObserverThrows_ReportsFailureWithoutThrowing()
    {
        var observer = new Moq.Mock<IRaceObserver>();
        observer.Setup(o => o.WantsTaskEvents(Moq.It.IsAny<int>())).Returns(true);
        observer.Setup(o => o.OnEvent(Moq.It.Ref<RaceEvent>.IsAny))
            .Callback(new OnEventCallback((in RaceEvent e) =>
            {
                if (e.Kind == RaceEventKind.TaskStarted)
                {
                    throw new InvalidOperationException("observer broke");
                }
            }));
        var race = new FakeClockRace();

        var result = await FakeClockRace.Finish(race.Engine.RunAsync(FakeClockRace.Plan(), observer.Object));

        Assert.Equal(RaceOutcome.Failed, result.Outcome);
        Assert.Equal("observer broke", result.Error);
        observer.Verify(o => o.OnEvent(Moq.It.Ref<RaceEvent>.IsAny), Moq.Times.AtLeast(2));
    }

    private delegate void OnEventCallback(in RaceEvent raceEvent);
}
