namespace AsyncBot.History;

/// <summary>The <c>History</c> section: where finished runs are recorded and for how long.</summary>
public sealed class HistoryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "History";

    /// <summary>
    /// Whether finished runs are recorded and <c>/history</c> answers. On by default: the history is the tutorial's
    /// database lesson, and with SQLite it needs nothing but a writable folder.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// <c>Sqlite</c> (the default: one file, one process) or <c>Postgres</c> (the shared choice when several
    /// replicas record into one history).
    /// </summary>
    public string Provider { get; set; } = nameof(HistoryProvider.Sqlite);

    /// <summary>
    /// The provider's connection string. The default SQLite file is relative to the working directory; its folder
    /// is created when missing. The container image points it at its <c>/data</c> volume.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=data/history.db";

    /// <summary>
    /// Rows older than this many days are deleted (at start and then hourly). Thirty days keeps a month of
    /// "your last runs" without letting a busy bot's file grow without end.
    /// </summary>
    public int KeepDays { get; set; } = 30;
}
