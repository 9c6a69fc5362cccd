using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

/// <summary>
/// On a stalled machine several tasks come due at once. Like an event loop, the engine must still end them in due
/// order (a 0.4 s task before a 0.6 s one), only later than planned.
/// </summary>
public sealed class RaceEngineStallTests
{
    [Theory]
    [InlineData("gather")]
    [InlineData("as-completed")]
    [InlineData("ordered")]
    public async Task RunAsync_SeveralTasksOverdueAtOnce_EndInDueOrder(string mode)
    {
        var clock = new StalledClock();
        var observer = new RecordingObserver();
        var run = new RaceEngine(clock).RunAsync(FakeClockRace.Plan("A:0.4 B:0.6 C:0.2", mode), observer);

        await Task.Run(() => clock.JumpAndFire(TimeSpan.FromSeconds(1)));
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(RaceOutcome.Finished, result.Outcome);
        Assert.Equal([2, 3, 1], result.Tasks.Select(t => t.Order));
        var reported = observer.Events.Where(e => e.Kind == RaceEventKind.TaskFinished).Select(e => e.TaskName);
        Assert.Equal(mode == "ordered" ? ["A", "B", "C"] : ["C", "A", "B"], reported);

        // They all woke at the one late moment, and say so.
        Assert.All(result.Tasks, t => Assert.Equal(TimeSpan.FromSeconds(1), t.Ended));
    }

    [Fact]
    public async Task RunAsync_SequentialAfterAStall_StartsTheNextTaskWhenThePreviousEnds()
    {
        var clock = new StalledClock();
        var observer = new RecordingObserver();
        var run = new RaceEngine(clock).RunAsync(FakeClockRace.Plan("A:0.4 B:0.2", "sequential"), observer);

        // From the pool, as FakeClockRace does: continuations inline only where xunit's context is absent.
        await Task.Run(() => clock.JumpAndFire(TimeSpan.FromSeconds(1)));
        await observer.WaitForLineAsync("Task B: Started");
        Assert.False(run.IsCompleted);
        await Task.Run(() => clock.JumpAndFire(TimeSpan.FromSeconds(0.2)));
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(
            ["0 Task A: Started", "1 Task A: Finished after 1 sec", "1 Task B: Started", "1.2 Task B: Finished after 0.2 sec"],
            observer.Timed);
        Assert.Equal(TimeSpan.FromSeconds(1.2), result.Elapsed);
    }

    [Fact]
    public async Task RunAsync_TimerFiresEarly_TasksWaitForTheirTimeAndEndOnIt()
    {
        var clock = new StalledClock();
        var observer = new RecordingObserver();
        var run = new RaceEngine(clock).RunAsync(FakeClockRace.Plan("A:0.4 B:0.6"), observer);

        // 0.1 s in, every timer fires: nothing is due, nothing ends, and the timers are set again.
        clock.JumpAndFire(TimeSpan.FromSeconds(0.1));
        await Task.Run(clock.FireEarly);
        Assert.DoesNotContain(observer.Events, e => e.Kind == RaceEventKind.TaskFinished);

        await Task.Run(() => clock.JumpAndFire(TimeSpan.FromSeconds(0.3)));
        await observer.WaitForLineAsync("Task A: Finished after 0.4 sec");
        await Task.Run(() => clock.JumpAndFire(TimeSpan.FromSeconds(0.2)));
        var result = await FakeClockRace.Finish(run);

        Assert.Equal([0.4, 0.6], result.Tasks.Select(t => t.Ended!.Value.TotalSeconds));
    }

    [Fact]
    public async Task RunAsync_TimerFiresInsideTheDueMillisecond_EndsThenNotAMillisecondLater()
    {
        var clock = new StalledClock();
        var observer = new RecordingObserver();
        var run = new RaceEngine(clock).RunAsync(FakeClockRace.Plan("A:0.4"), observer);

        // The runtime's timers count whole milliseconds: one may fire a fraction of a millisecond before the run's
        // finer clock reaches the due time. Setting it again would cost a timer tick; the task ends now instead.
        clock.JumpAndFire(TimeSpan.FromMilliseconds(399.5));
        await Task.Run(clock.FireEarly);
        var result = await FakeClockRace.Finish(run);

        Assert.Equal(TimeSpan.FromMilliseconds(399.5), result.Tasks[0].Ended);
    }

    [Theory]
    [InlineData("gather")]
    [InlineData("ordered")]
    [InlineData("sequential")]
    public async Task RunAsync_ObserverThrowsWhenATaskEnds_TheRunFailsInsteadOfHanging(string mode)
    {
        var race = new FakeClockRace();
        var run = race.Engine.RunAsync(FakeClockRace.Plan(mode: mode), new ThrowsOnFinished());

        var result = await race.RunToEndAsync(run, TimeSpan.FromSeconds(1));

        Assert.Equal(RaceOutcome.Failed, result.Outcome);
        Assert.Equal("observer broke", result.Error);
    }

    private sealed class ThrowsOnFinished : IRaceObserver
    {
        public void OnEvent(in RaceEvent raceEvent)
        {
            if (raceEvent.Kind == RaceEventKind.TaskFinished)
            {
                throw new InvalidOperationException("observer broke");
            }
        }
    }

    [Fact]
    public async Task RunAsync_TimerFiresJustBeforeTheDueMillisecondWhileTheClockMoves_SomethingStillWakesTheTask()
    {
        // Time passes between the engine's looks at the clock: a timer that fires a hair early can find the task not
        // due, and a moment later it is. Whatever the exact moment, the task must end or have a timer set.
        for (var hairs = 1; hairs <= 40; hairs++)
        {
            var clock = new StalledClock { CreepPerRead = TimeSpan.FromTicks(50) };
            var run = new RaceEngine(clock).RunAsync(FakeClockRace.Plan("A:0.4"), RaceObservers.None);
            // The run started at the clock's zero; A, started a hair later, is due inside the millisecond from 400 ms.
            clock.Jump(TimeSpan.FromMilliseconds(400) - TimeSpan.FromTicks(hairs * 25) - TimeSpan.FromTicks(clock.GetTimestamp()));

            await Task.Run(clock.FireEarly);

            Assert.True(run.IsCompleted || clock.ArmedTimers == 1, $"{hairs * 25} ticks early: no timer set, the task sleeps forever");
            await Task.Run(() => clock.JumpAndFire(TimeSpan.FromSeconds(1)));
            Assert.Equal(RaceOutcome.Finished, (await FakeClockRace.Finish(run)).Outcome);
        }
    }
}

