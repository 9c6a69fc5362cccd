namespace AsyncBot.History;

/// <summary>The databases run history can live in (the names <c>History:Provider</c> accepts).</summary>
public enum HistoryProvider
{
    /// <summary>A local SQLite file (Microsoft.Data.Sqlite).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql), shared by replicas.</summary>
    Postgres,
}
