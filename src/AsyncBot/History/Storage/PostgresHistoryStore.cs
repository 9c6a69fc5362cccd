using System.Data.Common;
using Npgsql;

namespace AsyncBot.History.Storage;

/// <summary>Run history in PostgreSQL: the choice when several replicas share one history.</summary>
internal sealed class PostgresHistoryStore : SqlHistoryStore, IAsyncDisposable, IDisposable
{
    /// <summary>Any fixed number: every replica takes the same advisory lock while migrating.</summary>
    private const long MigrationLockKey = 0x4173_796E_6342_6F74;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresHistoryStore(string connectionString)
    {
        // The slim builder leaves out the reflection-based type mappings, so the AOT publish stays warning-free;
        // the history only needs text, integers and doubles.
        _dataSource = new NpgsqlSlimDataSourceBuilder(connectionString).Build();
    }

    protected override IReadOnlyList<IReadOnlyList<string>> Steps => HistorySchema.Postgres;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Two replicas starting together would both see version 0; the second waits here until the first commits.
        await using var command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey})");
        _ = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
