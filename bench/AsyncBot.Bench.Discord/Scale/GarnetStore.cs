using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;
using Garnet.server;
using StackExchange.Redis;

namespace AsyncBot.Bench.Discord.Scale;

/// <summary>
/// The replicas' shared store: a Garnet server in the bench's own process on a free loopback port, memory only, Lua
/// on (the run registry's admission is a script) — the tests' store, here under load. It also counts the commands
/// it has processed (Garnet's <c>INFO stats</c>, sampled every second), which is every round trip a replica made.
/// </summary>
internal sealed class GarnetStore : IAsyncDisposable
{
    private readonly GarnetServer _server;
    private readonly ConnectionMultiplexer _probe;

    private GarnetStore(GarnetServer server, ConnectionMultiplexer probe, int port)
    {
        _server = server;
        _probe = probe;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The replicas' <c>State:Redis</c>; short timeouts, as a store on the same host should answer in microseconds.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},connectTimeout=2000,asyncTimeout=2000,syncTimeout=2000";

    public static async Task<GarnetStore> StartAsync()
    {
        // Garnet takes an endpoint, not a listener, so ask the OS for a port and hand it over; the gap is tiny.
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var server = new GarnetServer(new GarnetServerOptions
        {
            EndPoints = [new IPEndPoint(IPAddress.Loopback, port)],
            EnableLua = true,
            LuaOptions = new LuaOptions(),
            QuietMode = true,

            // Per-command counts, folded into the server's totals every second.
            MetricsSamplingFrequency = 1,
            CommandStatsMonitor = true,
        });
        server.Start();
        var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},allowAdmin=true,connectTimeout=5000");
        return new GarnetStore(server, connection, port);
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
        _server.Dispose();
    }
}
