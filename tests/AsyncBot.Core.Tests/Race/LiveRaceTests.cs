using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

public sealed class LiveRaceTests
{
    [Fact]
    public async Task Start_StreamsEveryEventInOrderAndCompletes()
    {
        var race = new FakeClockRace();
        var live = race.Engine.Start(FakeClockRace.Plan());
        var reading = Task.Run(async () =>
        {
            var kinds = new List<RaceEventKind>();
            await foreach (var raceEvent in live.ReadAllAsync())
            {
                kinds.Add(raceEvent.Kind);
            }

            return kinds;
        });

        await race.AdvanceAsync(1);
        await race.AdvanceAsync(1);
        await race.AdvanceAsync(1);
        var kinds = await reading.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(RaceEventKind.RunStarted, kinds[0]);
        Assert.Equal(3, kinds.Count(k => k == RaceEventKind.TaskStarted));
        Assert.Equal(3, kinds.Count(k => k == RaceEventKind.TaskFinished));
        Assert.Equal(RaceEventKind.RunFinished, kinds[^1]);
        Assert.Equal(RaceOutcome.Finished, (await live.Result).Outcome);
    }

    [Fact]
    public async Task Start_ManyTasks_StreamsOnlyRunEvents()
    {
        var race = new FakeClockRace();
        Assert.True(RacePlan.TryCreateUniform(2_000, 1, RaceMode.Gather, RaceWork.Delay, 60, out var plan, out _));

        var live = race.Engine.Start(plan, maxTasksWithEvents: 1_000);
        await race.AdvanceAsync(1);
        await live.Result.WaitAsync(TimeSpan.FromSeconds(20));
        var events = new List<RaceEvent>();
        await foreach (var raceEvent in live.ReadAllAsync())
        {
            events.Add(raceEvent);
        }

        Assert.Equal([RaceEventKind.RunStarted, RaceEventKind.RunFinished], events.Select(e => e.Kind));
    }
}
