using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using AsyncBot.Core.Fetch;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>
/// The tests' connect hook: records every endpoint the engine asks for and connects only to loopback. A "public"
/// test address can be translated to loopback (a test-only NAT) so that policy code sees a public address while the
/// socket still goes to 127.0.0.1; any other non-loopback endpoint is recorded as a violation and refused, so a bug
/// in the policy can never reach a real network.
/// </summary>
internal sealed class LoopbackOnlyDialer : IFetchDialer
{
    private readonly Dictionary<IPAddress, IPAddress> _translations = [];

    public ConcurrentQueue<IPEndPoint> Attempts { get; } = new();

    public ConcurrentQueue<IPEndPoint> Violations { get; } = new();

    public int? ReceiveBufferSize { get; init; }

    public LoopbackOnlyDialer Translate(string publicAddress, string loopbackAddress = "127.0.0.1")
    {
        var target = IPAddress.Parse(loopbackAddress);
        Assert.True(IPAddress.IsLoopback(target));
        _translations[IPAddress.Parse(publicAddress)] = target;
        return this;
    }

    public async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken = default)
    {
        Attempts.Enqueue(endPoint);
        var address = _translations.TryGetValue(endPoint.Address, out var translated) ? translated : endPoint.Address;
        if (!IPAddress.IsLoopback(address))
        {
            Violations.Enqueue(endPoint);
            throw new InvalidOperationException($"Test tried to connect to {endPoint}; tests may only connect to loopback.");
        }

        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        if (ReceiveBufferSize is { } size)
        {
            socket.ReceiveBufferSize = size;
        }

        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
