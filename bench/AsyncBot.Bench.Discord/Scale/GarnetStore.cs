using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;
using Garnet.server;
using StackExchange.Redis;

namespace AsyncBot.Bench.Discord.Scale;

/// <summary>
/// The replicas' shared store: a Garnet server on a free loopback port, memory only, Lua on (the run registry's
/// admission is a script) — the tests' store, here under load. By default it runs in the bench's own process, as
/// in the tests; <see cref="StartProcessAsync"/> runs it as a process of its own (the bench binary's
/// <c>garnet-server</c> command), so its threads no longer queue behind the fake Discord's. It also counts the
/// commands it has processed by name (Garnet's <c>INFO commandstats</c>): every round trip a replica made.
/// </summary>
internal sealed class GarnetStore : IAsyncDisposable
{
    private readonly GarnetServer? _server;
    private readonly Process? _process;
    private readonly ConnectionMultiplexer _probe;

    private GarnetStore(GarnetServer? server, Process? process, ConnectionMultiplexer probe, int port)
    {
        _server = server;
        _process = process;
        _probe = probe;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The process the store runs in, when it has its own; null when it is the bench's.</summary>
    public Process? Process => _process;

    /// <summary>The replicas' <c>State:Redis</c>; short timeouts, as a store on the same host should answer in microseconds.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},connectTimeout=2000,asyncTimeout=2000,syncTimeout=2000";

    public static async Task<GarnetStore> StartAsync()
    {
        var port = FreePort();
        var server = Serve(port);
        return new GarnetStore(server, null, await ProbeAsync(port), port);
    }

    /// <summary>The same store in a child process: this bench binary's <c>garnet-server --port N</c>.</summary>
    public static async Task<GarnetStore> StartProcessAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(GarnetStore).Assembly.Location);
        }

        start.ArgumentList.Add("garnet-server");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the store process");
        if (await process.StandardOutput.ReadLineAsync() != "ready")
        {
            throw new InvalidOperationException("the store process did not start");
        }

        return new GarnetStore(null, process, await ProbeAsync(port), port);
    }

    /// <summary><c>garnet-server --port N</c>: serves until standard input closes.</summary>
    public static async Task<int> ServeUntilStdinClosesAsync(int port)
    {
        using var server = Serve(port);
        await Console.Out.WriteLineAsync("ready");
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        return 0;
    }

    /// <summary>
    /// Calls so far by command name (<c>evalsha</c>, <c>script|load</c>, …) from Garnet's <c>INFO commandstats</c>,
    /// leaving out this probe's own <c>INFO</c>. Garnet folds its sessions' counts in once a second, so wait a second
    /// after the work before reading.
    /// </summary>
    public async Task<Dictionary<string, long>> CommandCallsAsync()
    {
        var server = _probe.GetServer(_probe.GetEndPoints()[0]);
        var info = await server.InfoRawAsync("commandstats") ?? string.Empty;
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in info.Split('\n'))
        {
            // cmdstat_evalsha:calls=120,usec=0,usec_per_call=0.00,rejected_calls=0,failed_calls=0
            var text = line.Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (!text.StartsWith("cmdstat_", StringComparison.Ordinal) || colon < 0)
            {
                continue;
            }

            var name = text["cmdstat_".Length..colon];
            var field = text[(colon + 1)..].Split(',').FirstOrDefault(f => f.StartsWith("calls=", StringComparison.Ordinal));
            if (name != "info" && field is not null)
            {
                calls[name] = long.Parse(field["calls=".Length..], CultureInfo.InvariantCulture);
            }
        }

        return calls;
    }

    /// <summary>One PING's round trip from this process.</summary>
    public Task<TimeSpan> PingAsync() => _probe.GetDatabase().PingAsync();

    public async ValueTask DisposeAsync()
    {
        await _probe.DisposeAsync();
        _server?.Dispose();
        if (_process is not null)
        {
            _process.StandardInput.Close();
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }

    private static GarnetServer Serve(int port)
    {
        var server = new GarnetServer(new GarnetServerOptions
        {
            EndPoints = [new IPEndPoint(IPAddress.Loopback, port)],
            EnableLua = true,
            LuaOptions = new LuaOptions(),
            // As Redis and Valkey always do: a script runs alone. Garnet's default interleaves scripts, which would let
            // two admissions both take the last slot.
            LuaTransactionMode = true,
            QuietMode = true,

            // Per-command counts, folded into the server's totals every second.
            MetricsSamplingFrequency = 1,
            CommandStatsMonitor = true,
        });
        server.Start();
        return server;
    }

    private static Task<ConnectionMultiplexer> ProbeAsync(int port) =>
        ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},allowAdmin=true,connectTimeout=5000");

    // Garnet takes an endpoint, not a listener, so ask the OS for a port and hand it over; the gap is tiny.
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
