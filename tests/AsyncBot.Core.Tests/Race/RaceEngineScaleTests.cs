using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

public sealed class RaceEngineScaleTests
{
    [Fact]
    public async Task RunAsync_HundredThousandTasksOfOneSecond_AllFinishAtOneSecond()
    {
        var race = new FakeClockRace();
        Assert.True(RacePlan.TryCreateUniform(100_000, 1, RaceMode.Gather, RaceWork.Delay, 60, out var plan, out var error), error);
        var recorder = new RaceEventRecorder();

        var run = race.Engine.RunAsync(plan, RaceObservers.Combine(recorder, race.Observer));
        await race.AdvanceAsync(1);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(100_000, result.FinishedCount);
        Assert.Equal(TimeSpan.FromSeconds(1), result.Elapsed);
        Assert.All(result.Tasks, t => Assert.Equal(TimeSpan.FromSeconds(1), t.Ended));
        Assert.Equal(Enumerable.Range(1, 100_000), result.Tasks.Select(t => t.Order).Order());

        // The recorder declined this run's task events; the observer beside it still got them.
        Assert.Equal(2, recorder.Events.Count);
        Assert.Equal(200_002, race.Observer.Events.Count);
    }

    [Fact]
    public async Task RunAsync_NoObserverWantsTaskEvents_StillTimesEveryTask()
    {
        var race = new FakeClockRace();
        Assert.True(RacePlan.TryCreateUniform(5_000, 2, RaceMode.AsCompleted, RaceWork.Delay, 60, out var plan, out var error), error);

        var run = race.Engine.RunAsync(plan, RaceObservers.None);
        await race.AdvanceAsync(2);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(5_000, result.FinishedCount);
        Assert.All(result.Tasks, t => Assert.NotNull(t.Reported));
    }
}
