namespace AsyncBot.Tests.History.Support;

/// <summary>A test that needs a real PostgreSQL: skipped, saying why, where none is installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Binaries is null)
        {
            Skip = "PostgreSQL is not installed (no initdb and postgres on PATH, in /usr/local/bin or /usr/lib/postgresql/*/bin); .ci/run installs it from apt";
        }
    }
}
