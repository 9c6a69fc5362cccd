using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using AsyncBot.Playground.Chat;
using AsyncBot.Playground.Interactions;
using AsyncBot.Playground.Web.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Web;

/// <summary>
/// One tab's WebSocket: says hello with the history it may see, then streams every change of the channel to it
/// while reading its commands and clicks. Only the sending loop writes to the socket, so frames never interleave.
/// </summary>
internal sealed partial class PlaygroundSocket
{
    /// <summary>Largest frame a page may send; a command is at most a few thousand characters.</summary>
    internal const int MaxFrameBytes = 16 * 1024;

    /// <summary>
    /// Commands and clicks one tab may send per <see cref="ThrottleWindow"/>: far more than a person types, few
    /// enough that one visitor cannot flood the shared channel and push everyone's history out.
    /// </summary>
    internal const int ThrottleLimit = 10;

    internal static readonly TimeSpan ThrottleWindow = TimeSpan.FromSeconds(10);

    private readonly PlaygroundChannel _channel;
    private readonly InteractionIssuer _issuer;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _timeProvider;
    private readonly bool _allowRemote;
    private readonly ILogger<PlaygroundSocket> _logger;

    public PlaygroundSocket(
        PlaygroundChannel channel,
        InteractionIssuer issuer,
        IHostApplicationLifetime lifetime,
        TimeProvider timeProvider,
        IOptions<PlaygroundOptions> options,
        ILogger<PlaygroundSocket> logger)
    {
        _channel = channel;
        _issuer = issuer;
        _lifetime = lifetime;
        _timeProvider = timeProvider;
        _allowRemote = options.Value.AllowRemote;
        _logger = logger;
    }

    /// <summary>Serves <c>GET /ws?name=…&amp;session=…</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = VisitorIdentity.CleanName(context.Request.Query["name"]);
        var session = context.Request.Query["session"].ToString();
        if (!context.WebSockets.IsWebSocketRequest || name is null || !VisitorIdentity.IsSessionKey(session))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!CrossSiteGuard.IsSameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var visitor = new PlaygroundVisitor(VisitorIdentity.UserId(session, context.Connection.RemoteIpAddress, _allowRemote), name);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _lifetime.ApplicationStopping);
        var (history, subscriber) = _channel.Subscribe(visitor.UserId);
        using (subscriber)
        {
            LogJoined(_logger, visitor.UserId);
            var hello = new ServerFrame("hello", You: new VisitorView(visitor.UserId, visitor.Name), Messages: [.. history.Select(MessageViews.From)]);
            var sending = SendLoopAsync(socket, hello, subscriber, stop.Token);
            var receiving = ReceiveLoopAsync(socket, visitor, subscriber, stop.Token);
            await Task.WhenAny(sending, receiving).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(Quietly(sending), Quietly(receiving)).ConfigureAwait(false);
            LogLeft(_logger, visitor.UserId);
        }
    }

    private static async Task SendLoopAsync(WebSocket socket, ServerFrame hello, ChannelSubscriber subscriber, CancellationToken cancellationToken)
    {
        await SendAsync(socket, hello, cancellationToken).ConfigureAwait(false);
        await foreach (var change in subscriber.Changes.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var frame = change.Kind switch
            {
                ChannelChangeKind.Upsert => new ServerFrame("upsert", Message: MessageViews.From(change.Message!)),
                _ => new ServerFrame("notice", Text: change.Notice),
            };
            await SendAsync(socket, frame, cancellationToken).ConfigureAwait(false);
        }

        // The feed ended: the server is stopping or this tab fell too far behind. The page reconnects and reloads.
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "feed ended", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync(WebSocket socket, PlaygroundVisitor visitor, ChannelSubscriber subscriber, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var throttle = new WindowBucket(_timeProvider, ThrottleLimit, ThrottleWindow);
        while (socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                if (buffer.WrittenCount >= MaxFrameBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "frame too large", cancellationToken).ConfigureAwait(false);
                    return;
                }

                result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            var problem = throttle.TryTake(out _)
                ? await HandleFrameAsync(ReadFrame(buffer.WrittenSpan), visitor, cancellationToken).ConfigureAwait(false)
                : $"Slow down: at most {ThrottleLimit} commands and clicks per {ThrottleWindow.TotalSeconds:0} seconds in one tab.";
            if (problem is not null)
            {
                subscriber.Offer(new ChannelChange(ChannelChangeKind.Notice, Notice: problem));
            }
        }
    }

    private static ClientFrame? ReadFrame(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, PlaygroundJsonContext.Default.ClientFrame);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<string?> HandleFrameAsync(ClientFrame? frame, PlaygroundVisitor visitor, CancellationToken cancellationToken) =>
        frame switch
        {
            { Type: "command", Text: { } text } => await _issuer.CommandAsync(visitor, text, cancellationToken).ConfigureAwait(false),
            { Type: "click", MessageId: { } id, CustomId: { } customId } =>
                await _issuer.ClickAsync(visitor, id, customId, cancellationToken).ConfigureAwait(false),
            _ => "The page sent something the playground does not understand; reload it.",
        };

    private static Task SendAsync(WebSocket socket, ServerFrame frame, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame, PlaygroundJsonContext.Default.ServerFrame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Awaits a loop that may end by cancellation or a dropped connection, both normal ends of a tab.</summary>
    private static async Task Quietly(Task loop)
    {
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The tab closed or the server is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Playground: user {UserId} joined")]
    private static partial void LogJoined(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Playground: user {UserId} left")]
    private static partial void LogLeft(ILogger logger, string userId);
}
