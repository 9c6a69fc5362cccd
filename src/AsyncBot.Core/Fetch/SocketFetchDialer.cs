using System.Net;
using System.Net.Sockets;

namespace AsyncBot.Core.Fetch;

/// <summary>Connects with a plain TCP socket.</summary>
public sealed class SocketFetchDialer : IFetchDialer
{
    /// <inheritdoc />
    public async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
