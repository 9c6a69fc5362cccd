using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

/// <summary>
/// A task's Started is the signal tests (and readers of the timeline) take to mean "its time is counting", so the
/// engine must arm the task's timer before it announces the start, on every kind of work that waits on the clock.
/// </summary>
public sealed class RaceEngineTimerOrderTests
{
    [Fact]
    public async Task RunAsync_DelayGather_EachTimerIsArmedBeforeItsTaskStarts()
    {
        var race = new FakeClockRace();
        var armed = new ArmedAtStart(race.Time);
        var run = race.Engine.RunAsync(FakeClockRace.Plan("A:2 B:3 C:1 D:2"), armed);

        // Tasks due in the same millisecond share a timer: D rides on A's.
        Assert.Equal([1, 2, 3, 3], armed.Counts);
        Assert.Equal(RaceOutcome.Finished, (await race.RunToEndAsync(run, TimeSpan.FromSeconds(1))).Outcome);
    }

    [Fact]
    public async Task RunAsync_DelaySequential_EachTimerIsArmedBeforeItsTaskStarts()
    {
        var race = new FakeClockRace();
        var armed = new ArmedAtStart(race.Time);
        var run = race.Engine.RunAsync(FakeClockRace.Plan(mode: "sequential"), armed);

        var result = await race.RunToEndAsync(run, TimeSpan.FromSeconds(1));

        Assert.Equal(RaceOutcome.Finished, result.Outcome);
        Assert.Equal([1, 1, 1], armed.Counts);
        Assert.Equal(TimeSpan.FromSeconds(6), result.Elapsed);
    }

    [Fact]
    public async Task RunAsync_Blocking_EachTimerIsArmedBeforeItsTaskStarts()
    {
        var race = new FakeClockRace();
        var armed = new ArmedAtStart(race.Time);
        var plan = FakeClockRace.Plan(work: "blocking");
        var run = race.Engine.RunAsync(plan, armed);

        foreach (var task in plan.Tasks)
        {
            await race.WaitForArmedTimersAsync(run, 1);
            await race.AdvanceAsync(task.Seconds);
        }

        var result = await FakeClockRace.Finish(run);
        Assert.Equal([1, 1, 1], armed.Counts);
        Assert.Equal(TimeSpan.FromSeconds(6), result.Elapsed);
    }

    /// <summary>How many timers were armed when each task announced its start.</summary>
    private sealed class ArmedAtStart(TimerCountingClock clock) : IRaceObserver
    {
        private readonly List<int> _counts = [];

        public IReadOnlyList<int> Counts
        {
            get
            {
                lock (_counts)
                {
                    return [.. _counts];
                }
            }
        }

        public void OnEvent(in RaceEvent raceEvent)
        {
            if (raceEvent.Kind == RaceEventKind.TaskStarted)
            {
                lock (_counts)
                {
                    _counts.Add(clock.ArmedTimers);
                }
            }
        }
    }
}
