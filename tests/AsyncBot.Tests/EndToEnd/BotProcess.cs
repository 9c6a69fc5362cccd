using System.Diagnostics;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>Runs the real built program (<c>dotnet AsyncBot.dll …</c>) as its own process.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private BotProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The program next to the test binary's configuration (Debug or Release).</summary>
    public static string ProgramPath
    {
        get
        {
            // AppContext.BaseDirectory is tests/AsyncBot.Tests/bin/<Configuration>/net10.0/ (with a trailing slash).
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;
            return RepositoryRoot.File("src", "AsyncBot", "bin", configuration, "net10.0", "AsyncBot.dll");
        }
    }

    public int Id => _process.Id;

    /// <summary>Whether the program has ended (crashed, stopped or was killed).</summary>
    public bool HasExited => _process.HasExited;

    public static BotProcess Start(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The test's own environment must not leak a token or settings into the program under test.
        foreach (var key in info.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k == "DISCORD_TOKEN").ToList())
        {
            info.Environment.Remove(key);
        }

        // The run history's default file is relative to the working directory; a test's goes to the temp folder.
        info.Environment["History__ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.history.db")}";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.StandardInput.Close();
        return new BotProcess(process);
    }

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var bot = Start(args, environment);
        return await bot.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
    }

    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>Sends SIGTERM, as <c>docker stop</c> does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>A free loopback port: a child process cannot report back a port 0 binding, so take one and hand it over.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether a bot in HTTP mode on <paramref name="port"/> answers <c>/healthz</c> with 200.</summary>
    public static bool IsReady(HttpClient http, int port)
    {
        try
        {
            using var response = http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz")).GetAwaiter().GetResult();
            return response.StatusCode == System.Net.HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Sends SIGKILL: the process dies at once, with no goodbye to anyone.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
