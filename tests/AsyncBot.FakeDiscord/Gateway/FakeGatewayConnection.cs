using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using static AsyncBot.FakeDiscord.Gateway.FakeGatewayPayloads;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>
/// One client connection to the fake gateway, validating frames the way Discord does (protocol.md §7 items 2–16).
/// All sends go through one queue and one writer task, so frames leave in the order they were produced.
/// </summary>
internal sealed class FakeGatewayConnection
{
    private const int MaxFrameBytes = 4096;

    private readonly FakeGateway _gateway;
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly Channel<Outgoing> _out = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Queue<DateTimeOffset> _recentFrames = new();
    private ITimer? _heartbeatDeadline;
    private bool _authenticated;
    private int _serverClosing;

    public FakeGatewayConnection(FakeGateway gateway, WebSocket socket, HttpContext http, int id)
    {
        _gateway = gateway;
        _socket = socket;
        _http = http;
        Id = id;
        Path = http.Request.Path.Value ?? string.Empty;
        Query = http.Request.QueryString.Value ?? string.Empty;
        OpenedAt = gateway.Options.TimeProvider.GetUtcNow();
    }

    public int Id { get; }

    public string Path { get; }

    public string Query { get; }

    public DateTimeOffset OpenedAt { get; }

    public int? ClientCloseCode { get; private set; }

    public int? ServerCloseCode { get; private set; }

    public bool IsOpen { get; private set; } = true;

    public FakeGatewaySession? Session { get; set; }

    private FakeGatewayOptions Options => _gateway.Options;

    public FakeConnectionInfo Snapshot() => new(Id, Path, Query, OpenedAt, ClientCloseCode, ServerCloseCode, IsOpen);

    public async Task RunAsync()
    {
        var writer = WriteLoopAsync();
        try
        {
            if (Options.RejectConnectionsWithCloseCode is { } rejectWith)
            {
                Close(rejectWith, "Rejected by the test.");
            }
            else if (CheckQuery())
            {
                ArmHeartbeatDeadline();
                Send(FakeGatewayFrames.Hello(Options.HeartbeatIntervalMs));
            }

            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client dropped the connection (or a test did).
        }
        finally
        {
            _heartbeatDeadline?.Dispose();
            _out.Writer.TryComplete();
            await writer.ConfigureAwait(false);
            IsOpen = false;
            _gateway.OnConnectionEnded(this);
        }
    }

    /// <summary>Queues a text frame.</summary>
    public void Send(string frame) => _out.Writer.TryWrite(new Outgoing(frame, 0, null));

    /// <summary>Starts a server close with <paramref name="code"/> after the frames already queued.</summary>
    public void Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref _serverClosing, 1) != 0)
        {
            return;
        }

        ServerCloseCode = code;
        _gateway.RecordServerClose(code);
        _out.Writer.TryWrite(new Outgoing(null, code, reason));
    }

    /// <summary>Drops TCP without a close frame.</summary>
    public void Abort()
    {
        if (!IsOpen)
        {
            return;
        }

        try
        {
            _http.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request ended meanwhile.
        }
    }

    private bool CheckQuery()
    {
        var query = _http.Request.Query;
        if (query["v"] != "10")
        {
            Close(4012, "Invalid API version");
            return false;
        }

        if (query["encoding"] != "json")
        {
            Close(4002, "Decode error");
            return false;
        }

        return true;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            message.SetLength(0);
            var oversize = false;
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, _http.RequestAborted).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    OnClientClose((int?)result.CloseStatus);
                    return;
                }

                oversize |= message.Length + result.Count > MaxFrameBytes;
                if (!oversize)
                {
                    message.Write(buffer, 0, result.Count);
                }
            }
            while (!result.EndOfMessage);

            if (Volatile.Read(ref _serverClosing) == 0)
            {
                HandleFrame(oversize || result.MessageType != WebSocketMessageType.Text ? null : Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }

    private void OnClientClose(int? code)
    {
        if (Interlocked.Exchange(ref _serverClosing, 1) != 0)
        {
            return; // The answer to our own close.
        }

        ClientCloseCode = code;
        _gateway.RecordClientClose(code ?? 1005);
        _out.Writer.TryWrite(new Outgoing(null, code ?? 1000, "bye"));
    }

    private void HandleFrame(string? text)
    {
        var now = Options.TimeProvider.GetUtcNow();
        var op = TryReadOp(text, out var frame);
        _gateway.RecordFrame(new ClientFrame(Id, op, text ?? "<not a text frame of at most 4096 bytes>", now));

        while (_recentFrames.Count > 0 && _recentFrames.Peek() + Options.SendWindow <= now)
        {
            _recentFrames.Dequeue();
        }

        _recentFrames.Enqueue(now);
        if (_recentFrames.Count > Options.SendLimit)
        {
            Close(4008, "Rate limited.");
        }
        else if (text is null || frame is null)
        {
            Close(4002, "Error while decoding payload.");
        }
        else if (op is not (1 or 2 or 3 or 4 or 6 or 8))
        {
            Close(4001, "Unknown opcode.");
        }
        else if (!_authenticated && op is not (1 or 2 or 6))
        {
            Close(4003, "Not authenticated.");
        }
        else
        {
            Handle(op, frame["d"]);
        }
    }

    private void Handle(int op, JsonNode? d)
    {
        switch (op)
        {
            case 1 when d is null || TryGetLong(d, out _):
                ArmHeartbeatDeadline();
                if (Options.SendHeartbeatAcks)
                {
                    Send(FakeGatewayFrames.HeartbeatAck(Options.BareHeartbeatAcks));
                }

                break;
            case 1:
                Close(4001, "Invalid heartbeat payload.");
                break;
            case 2:
                OnIdentify(d);
                break;
            case 6:
                OnResume(d);
                break;
            default:
                break; // Presence, voice state, member requests: accepted and ignored.
        }
    }

    private void OnIdentify(JsonNode? d)
    {
        if (_authenticated)
        {
            Close(4005, "Already authenticated.");
            return;
        }

        if (d is not JsonObject o || !TryGetString(o["token"], out var token) || !TryGetLong(o["intents"], out var intents) || o["properties"] is not JsonObject)
        {
            Close(4001, "Invalid identify payload.");
            return;
        }

        if (token != _gateway.IdentifyToken)
        {
            Close(4004, "Authentication failed.");
        }
        else if ((intents & ~DefinedIntents) != 0)
        {
            Close(4013, "Invalid intent(s).");
        }
        else if ((intents & PrivilegedIntents & ~Options.AllowedPrivilegedIntents) != 0)
        {
            Close(4014, "Disallowed intent(s).");
        }
        else if (o["shard"] is { } shard && !IsValidShard(shard))
        {
            Close(4010, "Invalid shard.");
        }
        else if (!_gateway.TryStartSession(o["shard"]))
        {
            Send(FakeGatewayFrames.InvalidSession(resumable: false));
        }
        else
        {
            _authenticated = true;
            _gateway.CreateSession(this, o["shard"]);
        }
    }

    private void OnResume(JsonNode? d)
    {
        if (_authenticated)
        {
            Close(4005, "Already authenticated.");
            return;
        }

        if (d is not JsonObject o || !TryGetString(o["token"], out var token) || !TryGetString(o["session_id"], out var sessionId) || !TryGetLong(o["seq"], out var seq))
        {
            Close(4001, "Invalid resume payload.");
            return;
        }

        if (token != _gateway.IdentifyToken)
        {
            Close(4004, "Authentication failed.");
            return;
        }

        switch (_gateway.TryResume(this, sessionId, seq))
        {
            case ResumeResult.Resumed:
                _authenticated = true;
                break;
            case ResumeResult.UnknownSession:
                Send(FakeGatewayFrames.InvalidSession(resumable: false));
                break;
            case ResumeResult.InvalidSequence:
                Close(4007, "Invalid seq.");
                break;
        }
    }

    private void ArmHeartbeatDeadline()
    {
        if (!Options.EnforceHeartbeats)
        {
            return;
        }

        var due = TimeSpan.FromMilliseconds(Options.HeartbeatIntervalMs * Options.HeartbeatTimeoutFactor);
        if (_heartbeatDeadline is null)
        {
            _heartbeatDeadline = Options.TimeProvider.CreateTimer(_ => OnHeartbeatMissed(), null, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _heartbeatDeadline.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnHeartbeatMissed()
    {
        _gateway.RecordHeartbeatTimeout();

        // Discord drops a silent client; the session stays resumable until its window passes.
        Close(4000, "Heartbeat timeout.");
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var item in _out.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (item.Text is not null)
                {
                    await _socket.SendAsync(Encoding.UTF8.GetBytes(item.Text), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
                    continue;
                }

                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)item.CloseCode, item.Reason, CancellationToken.None).ConfigureAwait(false);
                }

                return;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is gone; a dispatch that did not go out stays in the session log for a resume.
        }
    }

    private readonly record struct Outgoing(string? Text, int CloseCode, string? Reason);
}
