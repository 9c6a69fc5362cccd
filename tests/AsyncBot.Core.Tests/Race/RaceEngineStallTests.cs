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
}
