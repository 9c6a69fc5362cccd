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
            // One task at a time, each stepped by exactly its own length: wait for its timer, not its Started.
            for (var next = 0; !run.IsCompleted; next++)
            {
                await race.WaitForArmedTimersAsync(run, 1);
                if (!run.IsCompleted)
                {
                    await race.AdvanceAsync(plan.Tasks[next % plan.Count].Seconds);
                }
            }
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
