using AsyncBot.History;
using AsyncBot.History.Storage;
using AsyncBot.Tests.History.Support;

namespace AsyncBot.Tests.History.Storage;

/// <summary>What every provider's store must do, run against a real SQLite file and a real PostgreSQL server.</summary>
internal static class HistoryStoreContract
{
    public static async Task Migrate_Twice_KeepsRowsAndSucceeds(IHistoryStore store)
    {
        await store.MigrateAsync();
        await store.AppendAsync([SampleRuns.Race("1", SampleRuns.Noon)]);

        await store.MigrateAsync();

        Assert.Single(await store.LatestAsync("1", 5));
    }

    public static async Task Append_ThenLatest_ReturnsEveryFieldNewestFirst(IHistoryStore store)
    {
        await store.MigrateAsync();
        var older = SampleRuns.Race("1", SampleRuns.Noon, speedup: 2);
        var newer = SampleRuns.Fetch("1", SampleRuns.Noon.AddMinutes(1));
        await store.AppendAsync([older, newer, SampleRuns.Race("2", SampleRuns.Noon)]);

        var latest = await store.LatestAsync("1", 5);

        Assert.Equal([newer, older], latest);
        Assert.Equal(3, (await store.LatestAsync(null, 10)).Count);
        Assert.Single(await store.LatestAsync("1", 1));
    }

    public static async Task BestSpeedup_CountsOnlyFinishedRuns(IHistoryStore store)
    {
        await store.MigrateAsync();
        await store.AppendAsync([
            SampleRuns.Race("1", SampleRuns.Noon, speedup: 2.5),
            SampleRuns.Race("1", SampleRuns.Noon, speedup: 9, outcome: "cancelled"),
            SampleRuns.Race("2", SampleRuns.Noon, speedup: 7),
        ]);

        Assert.Equal(2.5, await store.BestSpeedupAsync("1"));
        Assert.Null(await store.BestSpeedupAsync("3"));
    }

    public static async Task Fastest_OneServerSinceAGivenTime_HighestSpeedupFirst(IHistoryStore store)
    {
        await store.MigrateAsync();
        await store.AppendAsync([
            SampleRuns.Race("1", SampleRuns.Noon, speedup: 2),
            SampleRuns.Race("2", SampleRuns.Noon, speedup: 3),
            SampleRuns.Race("3", SampleRuns.Noon.AddDays(-8), speedup: 5),
            SampleRuns.Race("4", SampleRuns.Noon, speedup: 6, guildId: "11"),
            SampleRuns.Race("5", SampleRuns.Noon, speedup: 8, outcome: "cancelled"),
        ]);

        var fastest = await store.FastestAsync("10", SampleRuns.Noon.AddDays(-7), 10);

        Assert.Equal(["2", "1"], fastest.Select(r => r.UserId));
    }

    public static async Task Forget_DeletesEveryRowOfThatUserOnly(IHistoryStore store)
    {
        await store.MigrateAsync();
        await store.AppendAsync([SampleRuns.Race("1", SampleRuns.Noon), SampleRuns.Fetch("1", SampleRuns.Noon), SampleRuns.Race("2", SampleRuns.Noon)]);

        Assert.Equal(2, await store.ForgetAsync("1"));

        Assert.Empty(await store.LatestAsync("1", 10));
        Assert.Single(await store.LatestAsync("2", 10));
    }

    public static async Task Prune_DeletesOnlyOlderRows(IHistoryStore store)
    {
        await store.MigrateAsync();
        await store.AppendAsync([SampleRuns.Race("1", SampleRuns.Noon.AddDays(-31)), SampleRuns.Race("1", SampleRuns.Noon.AddDays(-29))]);

        Assert.Equal(1, await store.PruneAsync(SampleRuns.Noon.AddDays(-30)));

        Assert.Equal(SampleRuns.Noon.AddDays(-29), Assert.Single(await store.LatestAsync("1", 10)).At);
    }

    public static async Task Facts_RoundTripExactly(IHistoryStore store)
    {
        await store.MigrateAsync();
        var run = new RunRecord(SampleRuns.Noon, "1026922282796470289", null, null,
            new RunFacts("race", "compare", "cpu", 25, TimeSpan.FromMilliseconds(3004.125), TimeSpan.FromSeconds(6), 1.997, "failed"));
        await store.AppendAsync([run]);

        Assert.Equal(run, Assert.Single(await store.LatestAsync(run.UserId, 5)));
    }
}
