using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>
/// The gateway half of the fake Discord: <c>GET /api/v10/gateway/bot</c> and a WebSocket gateway at
/// <c>/gateway</c> (READY's resume URL is <c>/gateway-resume</c>), behaving as Discord's gateway does
/// (docs/discord-client.md, "The gateway" and "The fake Discord").
/// </summary>
/// <example>
/// <code>
/// var gateway = new FakeGateway();
/// await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Modules = { gateway } });
/// // point Discord:ApiBaseUrl at server.ApiBaseUrl and Discord:Token at server.Options.Token, start the bot, then:
/// var sent = await gateway.SendCommandAsync("race", ("tasks", "A:2 B:1"), ("mode", "gather"));
/// </code>
/// </example>
public sealed partial class FakeGateway : IFakeDiscordModule
{
    private readonly object _gate = new();
    private readonly Dictionary<string, FakeGatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly List<FakeGatewayConnection> _connections = [];
    private readonly Queue<(DateTimeOffset At, int ShardId)> _identifyTimes = new();
    private FakeGatewaySession? _current;
    private FakeDiscordServer? _server;

    /// <summary>Creates the module; add it to <see cref="FakeDiscordOptions.Modules"/>.</summary>
    public FakeGateway(FakeGatewayOptions? options = null) => Options = options ?? new FakeGatewayOptions();

    /// <summary>Settings and switches; may be changed while running.</summary>
    public FakeGatewayOptions Options { get; }

    /// <summary>The URL <c>GET /gateway/bot</c> returns: <c>ws://127.0.0.1:PORT/gateway</c>.</summary>
    public Uri GatewayUrl => new(WebSocketBase, "gateway");

    /// <summary>The <c>resume_gateway_url</c> READY carries: <c>ws://127.0.0.1:PORT/gateway-resume</c>.</summary>
    public Uri ResumeUrl => new(WebSocketBase, "gateway-resume");

    internal string IdentifyToken => Options.IdentifyToken ?? Server.Options.Token;

    private FakeDiscordServer Server => _server ?? throw new InvalidOperationException("The fake gateway is not attached to a running FakeDiscordServer");

    private Uri WebSocketBase => new UriBuilder(Server.BaseUri) { Scheme = "ws" }.Uri;

    /// <inheritdoc />
    public void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v10/gateway/bot", HandleGatewayBotAsync);
        app.Map("/gateway", HandleWebSocketAsync);
        app.Map("/gateway-resume", HandleWebSocketAsync);
    }

    /// <inheritdoc />
    public void Attach(FakeDiscordServer server) => _server = server;

    private async Task HandleGatewayBotAsync(HttpContext context)
    {
        var userAgent = context.Request.Headers.UserAgent.ToString();
        RecordGatewayBotRequest(userAgent);
        context.Response.ContentType = "application/json";
        if (context.Request.Headers.Authorization.ToString() != "Bot " + Server.Options.Token)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("""{"message": "401: Unauthorized", "code": 0}""").ConfigureAwait(false);
            return;
        }

        // Discord's edge refuses requests without a proper bot User-Agent.
        if (!userAgent.StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("""{"message": "Missing or invalid User-Agent", "code": 0}""").ConfigureAwait(false);
            return;
        }

        var body = new JsonObject
        {
            ["url"] = GatewayUrl.ToString(),
            ["shards"] = Options.Shards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = Options.SessionStartTotal,
                ["remaining"] = Options.SessionStartRemaining,
                ["reset_after"] = Options.SessionStartResetAfterMs,
                ["max_concurrency"] = Options.MaxConcurrency,
            },
        };
        await context.Response.WriteAsync(body.ToJsonString()).ConfigureAwait(false);
    }

    private async Task HandleWebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        FakeGatewayConnection connection;
        lock (_gate)
        {
            connection = new FakeGatewayConnection(this, socket, context, _connections.Count + 1);
            _connections.Add(connection);
        }

        NotifyChanged();
        await connection.RunAsync().ConfigureAwait(false);
    }

    /// <summary>Counts an Identify against <c>session_start_limit</c>; false means "answer op 9 false".</summary>
    internal bool TryStartSession(JsonNode? shard)
    {
        var now = Options.TimeProvider.GetUtcNow();
        var (shardId, shardCount) = ReadShard(shard);
        var maxConcurrency = Math.Max(1, Options.MaxConcurrency);
        bool accepted;
        lock (_gate)
        {
            while (_identifyTimes.Count > 0 && _identifyTimes.Peek().At + TimeSpan.FromSeconds(5) <= now)
            {
                _identifyTimes.Dequeue();
            }

            var busy = Options.PaceIdentifiesByBucket
                ? _identifyTimes.Any(t => t.ShardId % maxConcurrency == shardId % maxConcurrency)
                : _identifyTimes.Count >= maxConcurrency;
            accepted = Options.SessionStartRemaining > 0 && !busy;
            if (accepted)
            {
                Options.SessionStartRemaining--;
                _identifyTimes.Enqueue((now, shardId));
            }
            else
            {
                _refusedIdentifies++;
            }

            _identifies.Add(new FakeIdentify(now, shardId, shardCount, accepted));
        }

        NotifyChanged();
        return accepted;
    }

    private static (int Id, int Count) ReadShard(JsonNode? shard) =>
        shard is JsonArray { Count: 2 } pair && FakeGatewayPayloads.TryGetLong(pair[0], out var id) && FakeGatewayPayloads.TryGetLong(pair[1], out var count)
            ? ((int)id, (int)count)
            : (0, 1);

    internal void CreateSession(FakeGatewayConnection connection, JsonNode? shard)
    {
        var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
        lock (session.Gate)
        {
            session.Connection = connection;
            connection.Session = session;
            session.Sequence = 1;
            var ready = FakeGatewayFrames.ReadyData(session.Id, ResumeUrl, Server.Options.ApplicationId, shard);
            connection.Send(FakeGatewayFrames.Dispatch("READY", ready, session.Sequence));
        }

        lock (_gate)
        {
            _sessions[session.Id] = session;
            _current = session;
            _readyCount++;
        }

        NotifyChanged();
    }

    internal ResumeResult TryResume(FakeGatewayConnection connection, string sessionId, long seq)
    {
        FakeGatewaySession? session;
        lock (_gate)
        {
            _sessions.TryGetValue(sessionId, out session);
        }

        if (session is null)
        {
            return ResumeResult.UnknownSession;
        }

        lock (session.Gate)
        {
            if (!session.IsResumable(Options.TimeProvider.GetUtcNow(), Options.SessionResumeWindow))
            {
                session.Ended = true;
                return ResumeResult.UnknownSession;
            }

            if (seq < 0 || seq > session.Sequence)
            {
                return ResumeResult.InvalidSequence;
            }

            // A client that resumes has given up on its old connection; Discord drops it.
            if (session.Connection is { } old && old != connection)
            {
                old.Abort();
            }

            session.Connection = connection;
            session.DetachedAt = null;
            connection.Session = session;
            foreach (var (sequence, frame) in session.Log)
            {
                if (sequence > seq)
                {
                    connection.Send(frame);
                }
            }

            session.Sequence++;
            connection.Send(FakeGatewayFrames.Dispatch("RESUMED", FakeGatewayFrames.ResumedData(), session.Sequence));
        }

        lock (_gate)
        {
            _current = session;
            _resumedCount++;
        }

        NotifyChanged();
        return ResumeResult.Resumed;
    }

    internal void OnConnectionEnded(FakeGatewayConnection connection)
    {
        if (connection.Session is { } session)
        {
            lock (session.Gate)
            {
                if (session.Connection == connection)
                {
                    session.Connection = null;
                    session.DetachedAt = Options.TimeProvider.GetUtcNow();
                }

                // Closing with 1000/1001 ends the session; any other code (or none) keeps it resumable.
                if (connection.ClientCloseCode is 1000 or 1001)
                {
                    session.Ended = true;
                }
            }
        }

        NotifyChanged();
    }

    /// <summary>
    /// Appends a dispatch to the session log and sends it if the session has a live connection.
    /// <paramref name="beforeSend"/> runs with the sequence number before the frame can reach the client.
    /// </summary>
    private long Dispatch(FakeGatewaySession session, string eventName, JsonNode? data, Action<long>? beforeSend = null)
    {
        lock (session.Gate)
        {
            session.Sequence++;
            beforeSend?.Invoke(session.Sequence);
            var frame = FakeGatewayFrames.Dispatch(eventName, data, session.Sequence);
            session.Log.Add((session.Sequence, frame));
            session.Connection?.Send(frame);
            return session.Sequence;
        }
    }
}
