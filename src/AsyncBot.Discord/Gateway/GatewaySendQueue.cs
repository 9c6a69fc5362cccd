using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// The one writer of a connection: a queue drained by a single task, so the receive loop and the heartbeat timer
/// only enqueue and never wait on the socket or on <see cref="GatewaySendLimiter"/>. Every frame passes the send
/// limiter and the 4096-byte check. The close frame bypasses the queue but shares the socket lock, because a
/// WebSocket allows one send at a time.
/// </summary>
internal sealed class GatewaySendQueue(
    WebSocket socket,
    GatewaySendLimiter limiter,
    Func<OutboundKind, byte[]> serialize,
    Action<OutboundKind> onSending,
    ILogger logger) : IDisposable
{
    private readonly Channel<OutboundKind> _queue = Channel.CreateUnbounded<OutboundKind>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _socketLock = new(1, 1);
    private int _heartbeatQueued;
    private volatile bool _closed;

    /// <summary>Queues a heartbeat unless one is already waiting: two queued beats would carry the same news.</summary>
    public void EnqueueHeartbeat()
    {
        if (Interlocked.Exchange(ref _heartbeatQueued, 1) == 0)
        {
            _queue.Writer.TryWrite(OutboundKind.Heartbeat);
        }
    }

    /// <summary>Queues Identify or Resume.</summary>
    public void Enqueue(OutboundKind kind) => _queue.Writer.TryWrite(kind);

    /// <summary>Sends queued frames until <see cref="Complete"/>, a close, or cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var kind in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (kind == OutboundKind.Heartbeat)
            {
                Interlocked.Exchange(ref _heartbeatQueued, 0);
            }

            // Heartbeat, Identify and Resume are all priority frames; ordinary frames (presence and the like,
            // none sent today) would ask without priority and leave the reserve to these.
            await limiter.AcquireAsync(priority: true, cancellationToken).ConfigureAwait(false);
            byte[] frame;
            try
            {
                frame = serialize(kind);
                GatewayFrameSize.EnsureWithinLimit(frame, (int)kind);
            }
            catch (InvalidOperationException ex)
            {
                logger.FrameRefused(ex.Message);
                continue;
            }

            await _socketLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_closed)
                {
                    return;
                }

                // Marked before the bytes leave: the ACK can arrive before SendAsync returns.
                onSending(kind);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _socketLock.Release();
            }
        }
    }

    /// <summary>Sends the close frame once; later calls and queued frames are dropped.</summary>
    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken = default)
    {
        await _socketLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _socketLock.Release();
        }
    }

    /// <summary>Stops accepting frames.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <inheritdoc />
    public void Dispose() => _socketLock.Dispose();
}
