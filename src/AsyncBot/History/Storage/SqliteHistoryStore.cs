using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace AsyncBot.History.Storage;

/// <summary>Run history in a SQLite file: the default, for one bot process.</summary>
internal sealed class SqliteHistoryStore : SqlHistoryStore
{
    private readonly string _connectionString;
    private readonly string? _folder;

    public SqliteHistoryStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);

        // A writer waits this long for another connection's lock before giving up (and retrying later): the
        // history is never worth holding a run up for.
        builder.DefaultTimeout = 5;
        _connectionString = builder.ToString();
        var file = builder.DataSource;
        _folder = string.IsNullOrEmpty(file) || file.StartsWith(':') || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(file));
    }

    protected override IReadOnlyList<IReadOnlyList<string>> Steps => HistorySchema.Sqlite;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // SQLite creates the file but not its folder; the default path's "data/" folder usually does not exist yet.
        if (_folder is not null && !Directory.Exists(_folder))
        {
            Directory.CreateDirectory(_folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Readers never wait for the writer, and a reader's /history never waits for a batch being written.
        await using var wal = Command(connection, null, "PRAGMA journal_mode=WAL");
        _ = await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
