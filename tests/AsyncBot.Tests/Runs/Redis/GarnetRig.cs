using System.Net;
using System.Net.Sockets;
using Garnet;
using Garnet.server;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>
/// A real Redis-protocol server (Garnet) in this process on a free loopback port, memory only, with Lua on: what
/// the shared run registry meets in production, without a container or a mock.
/// </summary>
public sealed class GarnetRig : IDisposable
{
    private GarnetServer _server;
    private int _stopped;

    public GarnetRig()
    {
        Port = FreePort();
        _server = StartOn(Port);
    }

    public int Port { get; }

    /// <summary>
    /// Client timeouts that a loaded machine's cold first command fits in (a stopped server is noticed at once anyway,
    /// by its closed connections): at 2 s, a CI run with every core busy timed out a first sweep, which then rightly
    /// counted itself out of touch with the store, and the test read that as a lost run not taken.
    /// </summary>
    public const string ClientTimeouts = "connectTimeout=2000,asyncTimeout=10000,syncTimeout=10000";

    public string ConnectionString => $"127.0.0.1:{Port},{ClientTimeouts}";

    /// <summary>Stops the server, closing every client connection: the store going away.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _server.Dispose();
        }
    }

    /// <summary>A fresh, empty server on the same port: the store back after an outage (memory only, so it forgot).</summary>
    public void Restart()
    {
        Stop();
        _server = StartOn(Port);
        Volatile.Write(ref _stopped, 0);
    }

    public void Dispose() => Stop();

    private static GarnetServer StartOn(int port)
    {
        // Lua needs its options object: Garnet dereferences it when scripting is on.
        var server = new GarnetServer(new GarnetServerOptions
        {
            EndPoints = [new IPEndPoint(IPAddress.Loopback, port)],
            EnableLua = true,
            LuaOptions = new LuaOptions(),
            // As Redis and Valkey always do: a script runs alone. Garnet's default interleaves scripts, which would let
            // two admissions both take the last slot.
            LuaTransactionMode = true,
            QuietMode = true,
        });
        server.Start();
        return server;
    }

    private static int FreePort()
    {
        // Garnet takes an endpoint, not a listener, so ask the OS for a port and hand it over; the gap is tiny.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
