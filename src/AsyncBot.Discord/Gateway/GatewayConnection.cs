using System.Net.WebSockets;
using System.Text.Json;
using AsyncBot.Discord.Gateway.Payloads;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection, from open to close: Hello, heartbeats, Identify or Resume, dispatches. It decides how it
/// ended and nothing more; what to do next is the reconnect loop's business (<see cref="GatewayClient"/>).
/// The first reason to leave wins: once the connection has decided to close, later frames are ignored (a resume
/// replays them) and only the closing handshake is awaited.
/// </summary>
internal sealed class GatewayConnection : IDisposable
{
    private readonly GatewayConnectionContext _context;
    private readonly bool _resume;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _life;
    private readonly HeartbeatMonitor _monitor;
    private readonly GatewayMessageReader _reader;
    private GatewaySendQueue? _sendQueue;
    private HeartbeatSchedule? _heartbeat;
    private int _leaving;
    private ConnectionEnd _end = ConnectionEnd.NetworkDrop;
    private int? _closeCode;
    private bool _resumable;
    private bool _reachedReady;
    private volatile bool _helloReceived;

    private GatewayConnection(GatewayConnectionContext context, bool resume)
    {
        _context = context;
        _resume = resume;
        _life = new CancellationTokenSource(Timeout.InfiniteTimeSpan, context.Time);
        _monitor = new HeartbeatMonitor(context.Time);
        _reader = new GatewayMessageReader(_socket);
    }

    private ILogger Logger => _context.Logger;

    /// <summary>Runs one connection to <paramref name="url"/> and says how it ended.</summary>
    /// <param name="context">What the client's connections share.</param>
    /// <param name="url">The gateway or resume URL, without the query.</param>
    /// <param name="resume">Send Resume after Hello instead of Identify.</param>
    /// <param name="shutdown">Fires when the host stops: the connection closes with 1000.</param>
    public static async Task<ConnectionOutcome> RunAsync(GatewayConnectionContext context, Uri url, bool resume, CancellationToken shutdown)
    {
        using var connection = new GatewayConnection(context, resume);
        return await connection.RunCoreAsync(url, shutdown).ConfigureAwait(false);
    }

    private async Task<ConnectionOutcome> RunCoreAsync(Uri url, CancellationToken shutdown)
    {
        if (!await ConnectAsync(url, shutdown).ConfigureAwait(false))
        {
            return new ConnectionOutcome(shutdown.IsCancellationRequested ? ConnectionEnd.Shutdown : ConnectionEnd.ConnectFailed, false);
        }

        _sendQueue = new GatewaySendQueue(_socket, new GatewaySendLimiter(_context.Time), Serialize, OnSending, Logger);
        var sender = RunSenderAsync(_sendQueue);
        using var helloTimer = _context.Time.CreateTimer(_ => OnHelloTimeout(), null, _context.Options.HelloTimeout, Timeout.InfiniteTimeSpan);
        using var onShutdown = shutdown.Register(() => Leave(ConnectionEnd.Shutdown, GatewayClosePolicy.ShutdownCloseCode, "shutting down"));
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The close grace ran out, Hello never came, or the sender failed: the outcome is already decided.
        }
        catch (WebSocketException ex)
        {
            Logger.ConnectionDropped(ex.Message);
        }
        finally
        {
            _heartbeat?.Dispose();
            _sendQueue.Complete();
            await _life.CancelAsync().ConfigureAwait(false);
            await sender.ConfigureAwait(false);
        }

        return new ConnectionOutcome(_end, _reachedReady, _closeCode, _resumable);
    }

    private async Task<bool> ConnectAsync(Uri url, CancellationToken shutdown)
    {
        using var timeout = new CancellationTokenSource(_context.Options.ConnectTimeout, _context.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(shutdown, timeout.Token);
        try
        {
            await _socket.ConnectAsync(GatewayUri.Build(url), linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException or FormatException)
        {
            Logger.ConnectFailed(url.Host, ex.Message);
            return false;
        }
    }

    private async Task RunSenderAsync(GatewaySendQueue sendQueue)
    {
        try
        {
            await sendQueue.RunAsync(_life.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The connection is over.
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            Logger.SendFailed(ex.Message);
            await _life.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (true)
        {
            var (type, tooLarge) = await _reader.ReadAsync(_life.Token).ConfigureAwait(false);
            if (type == WebSocketMessageType.Close)
            {
                await OnServerCloseAsync().ConfigureAwait(false);
                return;
            }

            if (Volatile.Read(ref _leaving) != 0)
            {
                continue;
            }

            if (tooLarge)
            {
                Logger.OversizedFrame(GatewayMessageReader.MaxMessageBytes);
                continue;
            }

            HandleMessage(type, _reader.Message.Span);
        }
    }

    private async Task OnServerCloseAsync()
    {
        if (Interlocked.CompareExchange(ref _leaving, 1, 0) != 0)
        {
            return; // The answer to our own close.
        }

        _end = ConnectionEnd.ServerClosed;
        _closeCode = (int?)_socket.CloseStatus;
        Logger.ServerClosed(_closeCode);

        // Complete the handshake with a code that keeps the session resumable; never 1000 here.
        await CloseSocketAsync(GatewayClosePolicy.ResumableCloseCode, "closing").ConfigureAwait(false);
    }

    private void HandleMessage(WebSocketMessageType type, ReadOnlySpan<byte> bytes)
    {
        ReceivedFrame? frame = null;
        try
        {
            if (type != WebSocketMessageType.Text)
            {
                throw new JsonException("a binary frame; this client speaks encoding=json");
            }

            frame = JsonSerializer.Deserialize(bytes, GatewayJsonContext.Default.ReceivedFrame) ?? throw new JsonException("the frame was null");
            HandleFrame(frame);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Never the frame text: it can hold interaction tokens. The parser's message names a path, not a value.
            Logger.MalformedFrame(frame?.Op, frame?.T, bytes.Length, ex.Message);
        }
    }

    private void HandleFrame(ReceivedFrame frame)
    {
        switch ((GatewayOpCode)frame.Op)
        {
            case GatewayOpCode.Dispatch:
                // Recorded before the event is handled: even an event we cannot parse moved the sequence on.
                if (frame.S is { } sequence)
                {
                    _context.Session.RecordSequence(sequence);
                }

                if (_context.Dispatcher.Handle(frame.T, frame.D, out var ready) != DispatchEffect.None)
                {
                    _reachedReady = true;
                    _context.OnSessionReady(ready);
                }

                break;
            case GatewayOpCode.Heartbeat:
                // Answer at once, without touching the regular schedule.
                _sendQueue!.EnqueueHeartbeat();
                break;
            case GatewayOpCode.Reconnect:
                Logger.ReconnectRequested();
                Leave(ConnectionEnd.Reconnect, GatewayClosePolicy.ResumableCloseCode, "reconnect requested");
                break;
            case GatewayOpCode.InvalidSession:
                _resumable = frame.D.ValueKind == JsonValueKind.True;
                Logger.InvalidSession(_resumable);
                Leave(ConnectionEnd.InvalidSession, GatewayClosePolicy.ResumableCloseCode, "invalid session");
                break;
            case GatewayOpCode.Hello:
                OnHello(frame.D);
                break;
            case GatewayOpCode.HeartbeatAck:
                _context.OnHeartbeatAck(_monitor.MarkAcked());
                break;
            default:
                Logger.UnknownOp(frame.Op);
                break;
        }
    }

    private void OnHello(JsonElement data)
    {
        var hello = data.Deserialize(GatewayJsonContext.Default.HelloData) ?? throw new JsonException("Hello had no data");
        if (!(hello.HeartbeatInterval > 0) || hello.HeartbeatInterval > int.MaxValue)
        {
            throw new JsonException("Hello's heartbeat_interval is not a positive number of milliseconds");
        }

        if (_helloReceived)
        {
            Logger.SecondHello();
            return;
        }

        _helloReceived = true;

        // The schedule starts before Identify is queued so the first beat is timed from Hello, as Discord expects.
        _heartbeat = new HeartbeatSchedule(_context.Time, TimeSpan.FromMilliseconds(hello.HeartbeatInterval), _context.Random.NextDouble(), OnHeartbeatDue);
        Logger.Hello(hello.HeartbeatInterval, _heartbeat.FirstDelay.TotalMilliseconds);
        _sendQueue!.Enqueue(_resume ? OutboundKind.Resume : OutboundKind.Identify);
    }

    private void OnHeartbeatDue()
    {
        if (Volatile.Read(ref _leaving) != 0)
        {
            return;
        }

        if (_monitor.IsAwaitingAck)
        {
            Logger.Zombie();
            Leave(ConnectionEnd.Zombie, GatewayClosePolicy.ResumableCloseCode, "heartbeat not acknowledged");
            return;
        }

        _sendQueue!.EnqueueHeartbeat();
    }

    private void OnHelloTimeout()
    {
        if (!_helloReceived)
        {
            Logger.HelloTimeout(_context.Options.HelloTimeout.TotalSeconds);
            Leave(ConnectionEnd.HelloTimeout, GatewayClosePolicy.ResumableCloseCode, "no hello");
        }
    }

    private byte[] Serialize(OutboundKind kind) => kind switch
    {
        OutboundKind.Heartbeat => GatewayFrames.Heartbeat(_context.Session.Sequence),
        OutboundKind.Identify => GatewayFrames.Identify(_context.Token, _context.ShardId, _context.ShardCount),
        OutboundKind.Resume => GatewayFrames.Resume(
            _context.Token,
            _context.Session.SessionId ?? throw new InvalidOperationException("Resume without a session"),
            _context.Session.Sequence ?? 0),
        _ => throw new InvalidOperationException($"Unknown outbound frame {kind}"),
    };

    private void OnSending(OutboundKind kind)
    {
        if (kind == OutboundKind.Heartbeat)
        {
            _monitor.MarkSent();
        }
        else
        {
            if (kind == OutboundKind.Identify)
            {
                _context.OnIdentifySending?.Invoke();
            }

            Logger.FrameSending(kind);
        }
    }

    /// <summary>Decides to end the connection (first reason wins) and starts the closing handshake.</summary>
    private void Leave(ConnectionEnd end, int closeCode, string reason)
    {
        if (Interlocked.CompareExchange(ref _leaving, 1, 0) != 0)
        {
            return;
        }

        _end = end;
        _ = CloseSocketAsync(closeCode, reason);
    }

    private async Task CloseSocketAsync(int closeCode, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_context.Options.CloseTimeout, _context.Time);
            await _sendQueue!.CloseAsync(closeCode, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Logger.CloseNotSent(ex.Message);
        }

        // Wait a little for the server's answer, then give up on the socket: a zombie will never answer.
        try
        {
            _life.CancelAfter(_context.Options.CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // Already over.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _heartbeat?.Dispose();
        _sendQueue?.Dispose();
        _socket.Dispose();
        _life.Dispose();
    }
}
