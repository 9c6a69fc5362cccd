namespace AsyncBot.History.Storage;

/// <summary>
/// The database behind run history. Every member may throw whatever its provider throws when the database is
/// unreachable, full or read-only; callers decide what that means (the writer retries, readers say "unavailable").
/// </summary>
internal interface IHistoryStore
{
    /// <summary>Creates the schema, or brings an older one up to date. Safe to run from several replicas at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="records"/> in one transaction.</summary>
    Task AppendAsync(IReadOnlyList<RunRecord> records, CancellationToken cancellationToken = default);

    /// <summary>The newest runs, of one user or (with null) of everyone, newest first.</summary>
    Task<IReadOnlyList<RunRecord>> LatestAsync(string? userId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The user's best speedup among runs that finished, or null when there is none.</summary>
    Task<double?> BestSpeedupAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>A server's finished runs since <paramref name="since"/>, highest speedup first.</summary>
    Task<IReadOnlyList<RunRecord>> FastestAsync(string guildId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of the user; returns how many there were.</summary>
    Task<int> ForgetAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes rows older than <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
