using AsyncBot.History.Storage;
using AsyncBot.Tests.History.Support;

namespace AsyncBot.Tests.History.Storage;

/// <summary>The store against a real PostgreSQL server started for these tests, each test in its own database.</summary>
public sealed class PostgresHistoryStoreTests : IClassFixture<PostgresServer>
{
    private readonly PostgresServer _server;

    public PostgresHistoryStoreTests(PostgresServer server) => _server = server;

    private async Task<IHistoryStore> StoreAsync() => new PostgresHistoryStore(await _server.CreateDatabaseAsync());

    [PostgresFact]
    public async Task Migrate_Twice_KeepsRowsAndSucceeds() => await HistoryStoreContract.Migrate_Twice_KeepsRowsAndSucceeds(await StoreAsync());

    [PostgresFact]
    public async Task Append_ThenLatest_ReturnsEveryFieldNewestFirst() => await HistoryStoreContract.Append_ThenLatest_ReturnsEveryFieldNewestFirst(await StoreAsync());

    [PostgresFact]
    public async Task BestSpeedup_CountsOnlyFinishedRuns() => await HistoryStoreContract.BestSpeedup_CountsOnlyFinishedRuns(await StoreAsync());

    [PostgresFact]
    public async Task Fastest_OneServerSinceAGivenTime_HighestSpeedupFirst() => await HistoryStoreContract.Fastest_OneServerSinceAGivenTime_HighestSpeedupFirst(await StoreAsync());

    [PostgresFact]
    public async Task Forget_DeletesEveryRowOfThatUserOnly() => await HistoryStoreContract.Forget_DeletesEveryRowOfThatUserOnly(await StoreAsync());

    [PostgresFact]
    public async Task Prune_DeletesOnlyOlderRows() => await HistoryStoreContract.Prune_DeletesOnlyOlderRows(await StoreAsync());

    [PostgresFact]
    public async Task Facts_RoundTripExactly() => await HistoryStoreContract.Facts_RoundTripExactly(await StoreAsync());

    [PostgresFact]
    public async Task Migrate_TwoReplicasAtOnce_BothSucceed()
    {
        var connectionString = await _server.CreateDatabaseAsync();

        await Task.WhenAll(new PostgresHistoryStore(connectionString).MigrateAsync(), new PostgresHistoryStore(connectionString).MigrateAsync());

        await HistoryStoreContract.Migrate_Twice_KeepsRowsAndSucceeds(new PostgresHistoryStore(connectionString));
    }
}
