using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

[Collection(RealTimeTests.Name)]
public sealed class RaceEngineWorkTests
{
    [Fact]
    public async Task RunAsync_BlockingGather_TakesTheSumLikeTheSynchronousVersion()
    {
        var race = new FakeClockRace();
        var run = race.Start(FakeClockRace.Plan(work: "blocking"));

        // Each task's timer exists once its Started is out, so the clock can move.
        await race.Observer.WaitForLineAsync("Task A: Started");
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
    }

    [Fact]
    public async Task RunAsync_BlockingWork_DoesNotBlockTheCallersThread()
    {
        var race = new FakeClockRace();

        // The clock does not move until the test moves it, so a RunAsync that blocked its caller would never return.
        var plan = FakeClockRace.Plan(work: "blocking");
        var starting = Task.Factory.StartNew(() => race.Start(plan), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
        var returned = await Task.WhenAny(starting, Task.Delay(TimeSpan.FromSeconds(10))) == starting;

        Assert.True(returned, "RunAsync blocked its caller");
        var run = await starting;
        Assert.False(run.IsCompleted);
        await race.Observer.WaitForLineAsync("Task A: Started");
        await race.AdvanceAsync(2);
        await race.Observer.WaitForLineAsync("Task B: Started");
        await race.AdvanceAsync(3);
        await race.Observer.WaitForLineAsync("Task C: Started");
        await race.AdvanceAsync(1);
        Assert.Equal(RaceOutcome.Finished, (await FakeClockRace.Finish(run)).Outcome);
    }

    [Fact]
    public async Task RunAsync_BlockingCompare_RatioIsOne()
    {
        var race = new FakeClockRace();
        var run = race.Start(FakeClockRace.Plan("A:1 B:1", mode: "compare", work: "blocking"));

        for (var started = 1; started <= 4; started++)
        {
            var count = started;
            await race.Observer.WaitForAsync(events => events.Count(e => e.Kind == RaceEventKind.TaskStarted) == count);
            await race.AdvanceAsync(1);
        }

        var result = await FakeClockRace.Finish(run);
        Assert.Equal(1.0, result.Ratio!.Value, precision: 6);
        Assert.Equal(TimeSpan.FromSeconds(4), result.Elapsed);
    }

    [Fact]
    public async Task RunAsync_CpuGatherWithMoreTasksThanCores_TakesLongerThanTheLongestTask()
    {
        // Real time on purpose: CPU work is measured against real cores. Four tasks per core should take about four
        // times the longest task; a lower bound of half that still fails anything that merely overlaps like delay.
        var tasks = Environment.ProcessorCount * 4;
        Assert.True(RacePlan.TryCreateUniform(tasks, 0.15, RaceMode.Gather, RaceWork.Cpu, 60, out var plan, out var error), error);
        var observer = new RecordingObserver();

        var result = await new RaceEngine(TimeProvider.System).RunAsync(plan, observer).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(RaceOutcome.Finished, result.Outcome);
        Assert.Equal(tasks, result.FinishedCount);
        Assert.True(result.Elapsed >= TimeSpan.FromSeconds(0.15 * 4 * 0.5), $"{tasks} tasks on {Environment.ProcessorCount} cores took only {result.Elapsed}");
        Assert.True(result.Speedup < Environment.ProcessorCount * 1.5, $"speedup {result.Speedup} beyond the core count");
        Assert.Equal(tasks * 2, observer.Events.Count(e => e.IsTaskEvent));
    }

    [Fact]
    public async Task RunAsync_CpuSequential_TakesAboutTheSum()
    {
        Assert.True(RacePlan.TryCreateUniform(3, 0.1, RaceMode.Sequential, RaceWork.Cpu, 60, out var plan, out var error), error);

        var result = await new RaceEngine(TimeProvider.System).RunAsync(plan, RaceObservers.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(result.Elapsed >= TimeSpan.FromSeconds(0.3 * 0.5), $"took only {result.Elapsed}");
        Assert.All(result.Tasks, t => Assert.True(t.Ran >= TimeSpan.FromSeconds(0.1 * 0.5), $"{t.Name} ran only {t.Ran}"));
    }
}
