namespace AsyncBot.Tests.History.Support;

/// <summary>A temp folder for one test's real SQLite file, removed afterwards.</summary>
internal sealed class HistoryFolder : IDisposable
{
    public HistoryFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), $"asyncbot-history-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "history.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>
    /// A connection string whose file cannot be created: in a folder made read-only, or (for root, who ignores
    /// permission bits) below a regular file, where nobody can create anything.
    /// </summary>
    public string UnwritableConnectionString()
    {
        var locked = Path.Combine(Root, "locked");
        Directory.CreateDirectory(locked);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The unwritable folder is made with Unix permissions.");
        }

        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (!Environment.IsPrivilegedProcess)
        {
            return $"Data Source={Path.Combine(locked, "history.db")}";
        }

        var notAFolder = Path.Combine(Root, "not-a-folder");
        File.WriteAllText(notAFolder, string.Empty);
        return $"Data Source={Path.Combine(notAFolder, "history.db")}";
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var locked = Path.Combine(Root, "locked");
        if (Directory.Exists(locked) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle still open on another thread; the temp folder is cleaned eventually.
        }
    }
}
