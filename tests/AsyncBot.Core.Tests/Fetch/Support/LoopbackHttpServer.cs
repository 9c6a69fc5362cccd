using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1, port 0, for the fetch engine's tests: one request per connection
/// (<c>Connection: close</c>), a handler per request, and counters for requests and requests in flight. Raw sockets
/// rather than Kestrel so tests control socket buffers and see exactly how many body bytes were written.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<LoopbackExchange, Task> _handler;
    private readonly int? _sendBufferSize;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _arrivals = new();
    private readonly Task _acceptLoop;
    private int _inFlight;
    private int _maxInFlight;

    private LoopbackHttpServer(Func<LoopbackExchange, Task> handler, int? sendBufferSize)
    {
        _handler = handler;
        _sendBufferSize = sendBufferSize;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();

    public ConcurrentQueue<LoopbackExchange> Exchanges { get; } = new();

    public int RequestCount => Requests.Count;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static LoopbackHttpServer Start(Func<LoopbackExchange, Task> handler, int? sendBufferSize = null) => new(handler, sendBufferSize);

    public string Url(string pathAndQuery) => $"http://127.0.0.1:{Port}{pathAndQuery}";

    /// <summary>Completes when a request for <paramref name="path"/> has arrived (at once if one already has).</summary>
    public Task WaitForRequestAsync(string path) => Arrival(path).Task.WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await Task.WhenAll(_connections.Append(_acceptLoop)).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { });
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                if (_sendBufferSize is { } size)
                {
                    socket.SendBufferSize = size;
                }

                _connections.Add(Task.Run(() => ServeAsync(socket)));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            var request = await ReadHeadAsync(stream);
            if (request is null)
            {
                return;
            }

            Requests.Enqueue(request);
            Arrival(request.Path).TrySetResult();
            var exchange = new LoopbackExchange(request, stream, _stop.Token);
            Exchanges.Enqueue(exchange);
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, now);
            try
            {
                await _handler(exchange);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                exchange.MarkFinished();
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (a truncated read, a timeout): exactly what several tests provoke.
        }
    }

    private TaskCompletionSource Arrival(string path) =>
        _arrivals.GetOrAdd(path, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static async Task<LoopbackRequest?> ReadHeadAsync(Stream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => string.Join(", ", group.Select(parts => parts[1].Trim())), StringComparer.OrdinalIgnoreCase);
        return new LoopbackRequest(requestLine[0], requestLine[1], headers);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
