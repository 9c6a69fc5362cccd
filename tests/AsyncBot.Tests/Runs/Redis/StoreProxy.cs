using System.Net;
using System.Net.Sockets;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>
/// A loopback TCP relay in front of the store that can go silent: frozen, it keeps every connection open but passes
/// no byte either way, as a store that hangs (a paused process, a partition that drops packets) looks to a client —
/// unlike a stopped store, whose closed connections the client notices at once.
/// </summary>
public sealed class StoreProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _sockets = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _open = Opened();
    private readonly Task _accepting;

    public StoreProxy(int targetPort)
    {
        _target = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>
    /// A connection string to the store through this relay, with <see cref="GarnetRig.ClientTimeouts"/>: a hang is
    /// judged by the product's probe timeout on the test's clock, so the client's own may be generous enough for a
    /// cold first command on a loaded machine.
    /// </summary>
    public string ConnectionString => $"127.0.0.1:{Port},{GarnetRig.ClientTimeouts}";

    /// <summary>Stops passing bytes; connections stay open.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            if (_open.Task.IsCompleted)
            {
                _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Passes bytes again, the held ones first.</summary>
    public void Thaw()
    {
        lock (_gate)
        {
            _open.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Thaw();
        _listener.Stop();
        lock (_gate)
        {
            foreach (var socket in _sockets)
            {
                socket.Dispose();
            }
        }

        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var server = new TcpClient();
            await server.ConnectAsync(IPAddress.Loopback, _target, _stop.Token);
            lock (_gate)
            {
                _sockets.Add(client);
                _sockets.Add(server);
            }

            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.GetStream().ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                Task open;
                lock (_gate)
                {
                    open = _open.Task;
                }

                await open.WaitAsync(_stop.Token);
                await to.GetStream().WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // One side went away, or the relay stops.
        }

        from.Dispose();
        to.Dispose();
    }
}
