using AsyncBot.History.Storage;
using AsyncBot.Tests.History.Support;

namespace AsyncBot.Tests.History.Storage;

/// <summary>The store against a real SQLite file in a temp folder.</summary>
public sealed class SqliteHistoryStoreTests : IDisposable
{
    private readonly HistoryFolder _folder = new();

    private IHistoryStore Store => new SqliteHistoryStore(_folder.ConnectionString);

    [Fact]
    public Task Migrate_Twice_KeepsRowsAndSucceeds() => HistoryStoreContract.Migrate_Twice_KeepsRowsAndSucceeds(Store);

    [Fact]
    public Task Append_ThenLatest_ReturnsEveryFieldNewestFirst() => HistoryStoreContract.Append_ThenLatest_ReturnsEveryFieldNewestFirst(Store);

    [Fact]
    public Task BestSpeedup_CountsOnlyFinishedRuns() => HistoryStoreContract.BestSpeedup_CountsOnlyFinishedRuns(Store);

    [Fact]
    public Task Fastest_OneServerSinceAGivenTime_HighestSpeedupFirst() => HistoryStoreContract.Fastest_OneServerSinceAGivenTime_HighestSpeedupFirst(Store);

    [Fact]
    public Task Forget_DeletesEveryRowOfThatUserOnly() => HistoryStoreContract.Forget_DeletesEveryRowOfThatUserOnly(Store);

    [Fact]
    public Task Prune_DeletesOnlyOlderRows() => HistoryStoreContract.Prune_DeletesOnlyOlderRows(Store);

    [Fact]
    public Task Facts_RoundTripExactly() => HistoryStoreContract.Facts_RoundTripExactly(Store);

    [Fact]
    public async Task Migrate_MissingFolder_IsCreated()
    {
        var nested = Path.Combine(_folder.Root, "data", "deeper", "history.db");

        await new SqliteHistoryStore($"Data Source={nested}").MigrateAsync();

        Assert.True(File.Exists(nested));
    }

    [Fact]
    public async Task Migrate_UnwritableFolder_Throws()
    {
        var store = new SqliteHistoryStore(_folder.UnwritableConnectionString());

        await Assert.ThrowsAnyAsync<Exception>(() => store.MigrateAsync());
    }

    public void Dispose() => _folder.Dispose();
}
