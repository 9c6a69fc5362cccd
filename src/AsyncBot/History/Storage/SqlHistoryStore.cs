using System.Data.Common;

namespace AsyncBot.History.Storage;

/// <summary>
/// The history's SQL, written once: both providers take <c>@name</c> parameters and the same statements. A provider
/// supplies its connections, its schema steps and how it keeps two migrating replicas apart.
/// </summary>
internal abstract class SqlHistoryStore : IHistoryStore
{
    private const string Columns = "at_ms, user_id, guild_id, channel_id, command, mode, work, task_count, elapsed_ms, sum_ms, speedup, outcome";

    /// <summary>The schema steps, oldest first.</summary>
    protected abstract IReadOnlyList<IReadOnlyList<string>> Steps { get; }

    /// <summary>Opens a connection (pooled by the provider).</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Before the migration's transaction: settings that cannot change inside one.</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Inside the migration's transaction, before the version is read: keeps other migrators out.</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS history_schema (version INTEGER NOT NULL)", cancellationToken).ConfigureAwait(false);

        await using var read = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM history_schema");
        var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        for (var step = version; step < Steps.Count; step++)
        {
            foreach (var statement in Steps[step])
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }

            await using var record = Command(connection, transaction, "INSERT INTO history_schema (version) VALUES (@version)");
            Add(record, "version", step + 1);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task AppendAsync(IReadOnlyList<RunRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var record in records)
        {
            await using var insert = Command(connection, transaction, $"""
                INSERT INTO runs ({Columns})
                VALUES (@at, @user, @guild, @channel, @command, @mode, @work, @count, @elapsed, @sum, @speedup, @outcome)
                """);
            var facts = record.Facts;
            Add(insert, "at", record.At.ToUnixTimeMilliseconds());
            Add(insert, "user", record.UserId);
            Add(insert, "guild", record.GuildId);
            Add(insert, "channel", record.ChannelId);
            Add(insert, "command", facts.Command);
            Add(insert, "mode", facts.Mode);
            Add(insert, "work", facts.Work);
            Add(insert, "count", facts.Count);
            Add(insert, "elapsed", facts.Elapsed.TotalMilliseconds);
            Add(insert, "sum", facts.Sum.TotalMilliseconds);
            Add(insert, "speedup", facts.Speedup);
            Add(insert, "outcome", facts.Outcome);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RunRecord>> LatestAsync(string? userId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var query = Command(connection, null, userId is null
            ? $"SELECT {Columns} FROM runs ORDER BY at_ms DESC, id DESC LIMIT @limit"
            : $"SELECT {Columns} FROM runs WHERE user_id = @user ORDER BY at_ms DESC, id DESC LIMIT @limit");
        Add(query, "user", userId);
        Add(query, "limit", limit);
        return await ReadAsync(query, cancellationToken).ConfigureAwait(false);
    }

    public async Task<double?> BestSpeedupAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var query = Command(connection, null, "SELECT MAX(speedup) FROM runs WHERE user_id = @user AND outcome = @finished");
        Add(query, "user", userId);
        Add(query, "finished", RunFacts.Finished);
        var best = await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return best is null or DBNull ? null : Convert.ToDouble(best, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<RunRecord>> FastestAsync(string guildId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var query = Command(connection, null, $"""
            SELECT {Columns} FROM runs
            WHERE guild_id = @guild AND at_ms >= @since AND outcome = @finished
            ORDER BY speedup DESC, elapsed_ms ASC, at_ms ASC
            LIMIT @limit
            """);
        Add(query, "guild", guildId);
        Add(query, "since", since.ToUnixTimeMilliseconds());
        Add(query, "finished", RunFacts.Finished);
        Add(query, "limit", limit);
        return await ReadAsync(query, cancellationToken).ConfigureAwait(false);
    }

    public Task<int> ForgetAsync(string userId, CancellationToken cancellationToken = default) =>
        DeleteAsync("DELETE FROM runs WHERE user_id = @value", userId, cancellationToken);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        DeleteAsync("DELETE FROM runs WHERE at_ms < @value", before.ToUnixTimeMilliseconds(), cancellationToken);

    private async Task<int> DeleteAsync(string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = Command(connection, null, sql);
        Add(delete, "value", value);
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<RunRecord>> ReadAsync(DbCommand query, CancellationToken cancellationToken)
    {
        var records = new List<RunRecord>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var facts = new RunFacts(
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt32(7),
                TimeSpan.FromMilliseconds(reader.GetDouble(8)),
                TimeSpan.FromMilliseconds(reader.GetDouble(9)),
                reader.GetDouble(10),
                reader.GetString(11));
            records.Add(new RunRecord(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                facts));
        }

        return records;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A command on <paramref name="connection"/>. The SQL is always one of this class's constants.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Statements are constants of this class; values travel as parameters.")]
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
