namespace AsyncBot.History.Storage;

/// <summary>
/// The schema, as numbered steps: a database records the last step it took in <c>history_schema</c> and takes the
/// rest at start. A later change appends a step; it never edits one already shipped.
/// </summary>
internal static class HistorySchema
{
    /// <summary>The runs table; only the key's spelling differs between the providers.</summary>
    private static string Runs(string key) => $"""
        CREATE TABLE runs (
            id {key},
            at_ms BIGINT NOT NULL,
            user_id TEXT NOT NULL,
            guild_id TEXT NULL,
            channel_id TEXT NULL,
            command TEXT NOT NULL,
            mode TEXT NOT NULL,
            work TEXT NULL,
            task_count INTEGER NOT NULL,
            elapsed_ms DOUBLE PRECISION NOT NULL,
            sum_ms DOUBLE PRECISION NOT NULL,
            speedup DOUBLE PRECISION NOT NULL,
            outcome TEXT NOT NULL
        )
        """;

    /// <summary>Indexes for the three questions asked: a user's latest, a server's week, and pruning by age.</summary>
    private static readonly string[] Indexes =
    [
        "CREATE INDEX runs_user_at ON runs (user_id, at_ms)",
        "CREATE INDEX runs_guild_at ON runs (guild_id, at_ms)",
        "CREATE INDEX runs_at ON runs (at_ms)",
    ];

    /// <summary>SQLite's steps; step N is at index N - 1.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Sqlite { get; } =
    [
        [Runs("INTEGER PRIMARY KEY"), .. Indexes],
    ];

    /// <summary>PostgreSQL's steps, the same in number and meaning as <see cref="Sqlite"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Postgres { get; } =
    [
        [Runs("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"), .. Indexes],
    ];
}
