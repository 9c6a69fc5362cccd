using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AsyncBot.Tests.History.Support;

/// <summary>
/// A throwaway PostgreSQL server for the tests: <c>initdb</c> into a temp folder, then <c>postgres</c> on
/// 127.0.0.1 and a free port, its unix socket in the same folder. Each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The cluster's superuser; trust authentication, as it only listens on loopback for a test's life.</summary>
    private const string User = "asyncbot";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"asyncbot-pg-{Guid.NewGuid():N}");
    private Process? _postgres;
    private int _port;

    /// <summary>The folder holding initdb and postgres, or null when PostgreSQL is not installed.</summary>
    public static string? Binaries { get; } = FindBinaries();

    public async Task InitializeAsync()
    {
        if (Binaries is null)
        {
            return;
        }

        var data = Path.Combine(_root, "data");
        var socket = Path.Combine(_root, "socket");
        Directory.CreateDirectory(socket);
        if (Environment.IsPrivilegedProcess)
        {
            // initdb and postgres refuse to run as root.
            await RunAsync("chown", ["-R", "postgres:postgres", _root]);
        }

        await RunAsync(Path.Combine(Binaries, "initdb"), ["-D", data, "-U", User, "-A", "trust", "-E", "UTF8", "--no-sync"], asPostgres: true);
        _port = FreePort();
        _postgres = Start(Path.Combine(Binaries, "postgres"),
            ["-D", data, "-k", socket, "-h", "127.0.0.1", "-p", _port.ToString(), "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        await WaitUntilReadyAsync();
    }

    /// <summary>A new, empty database and the connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_postgres is { HasExited: false })
        {
            _postgres.Kill(entireProcessTree: true);
            await _postgres.WaitForExitAsync();
        }

        _postgres?.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username={User};Database={database};Timeout=5";

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline && _postgres is { HasExited: false })
            {
                await Task.Delay(100);
            }
        }
    }

    private static string? FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/local/bin")
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
                : []);
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Info(string program, IEnumerable<string> args, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres && Environment.IsPrivilegedProcess ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            foreach (var arg in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private static Process Start(string program, IEnumerable<string> args)
    {
        var process = Process.Start(Info(program, args, asPostgres: true))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task RunAsync(string program, IEnumerable<string> args, bool asPostgres = false)
    {
        using var process = Process.Start(Info(program, args, asPostgres))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited {process.ExitCode}: {await error} {await output}");
        }
    }
}
