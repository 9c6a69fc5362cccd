using AsyncBot.Core.Race;
using AsyncBot.Core.Tests.Race;

namespace AsyncBot.Core.Tests.Rendering;

/// <summary>Real results to render, produced by the engine on a fake clock.</summary>
internal static class RaceRuns
{
    public static async Task<(RaceResult Result, IReadOnlyList<RaceEvent> Events)> RunAsync(
        string tasks = "A:2 B:3 C:1",
        string mode = "gather",
        string work = "delay")
    {
        var limits = new RaceOptions { MaxTasks = 10_000 };
        return await RunAsync(FakeClockRace.Plan(tasks, mode, work, limits));
    }

    public static async Task<(RaceResult Result, IReadOnlyList<RaceEvent> Events)> RunAsync(RacePlan plan)
    {
        var race = new FakeClockRace();
        var recorder = new RaceEventRecorder();
        var run = race.Engine.RunAsync(plan, RaceObservers.Combine(recorder, race.Observer));
        if (plan.Work == RaceWork.Blocking)
        {
            for (var started = 1; !run.IsCompleted; started++)
            {
                var count = started;
                await race.Observer.WaitForAsync(e => e.Count(x => x.Kind == RaceEventKind.TaskStarted) >= count || e.Any(x => x.IsTerminal));
                await race.AdvanceAsync(plan.Tasks[(started - 1) % plan.Count].Seconds);
            }
        }
        else
        {
            // A task's timer is counting once its Started is out: wait for the first leg's starts before moving the
            // clock, or a busy machine lets the first step overtake timers that are not registered yet.
            var firstLeg = plan.Mode is RaceMode.Sequential or RaceMode.Compare ? 1 : plan.Count;
            await race.Observer.WaitForAsync(e => e.Count(x => x.Kind == RaceEventKind.TaskStarted) >= firstLeg || e.Any(x => x.IsTerminal));
        }

        var result = await race.RunToEndAsync(run, TimeSpan.FromSeconds(1));
        return (result, recorder.Events);
    }

    public static async Task<RaceResult> CancelledGatherAsync()
    {
        var race = new FakeClockRace();
        using var cancel = new CancellationTokenSource();
        var run = race.Start(FakeClockRace.Plan(), cancel.Token);
        await race.AdvanceAsync(1);
        await race.AdvanceAsync(0.2);
        await cancel.CancelAsync();
        return await FakeClockRace.Finish(run);
    }

    public static RacePlan Uniform(int count, double seconds = 1, RaceMode mode = RaceMode.Gather)
    {
        Assert.True(RacePlan.TryCreateUniform(count, seconds, mode, RaceWork.Delay, 60, out var plan, out var error), error);
        return plan;
    }
}
