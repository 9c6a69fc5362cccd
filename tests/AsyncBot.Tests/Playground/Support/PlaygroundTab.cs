using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using AsyncBot.Playground.Web.Views;

namespace AsyncBot.Tests.Playground.Support;

/// <summary>A tab without a browser: the page's side of the socket, speaking the same frames.</summary>
internal sealed class PlaygroundTab : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket;

    private PlaygroundTab(ClientWebSocket socket, ServerFrame hello)
    {
        _socket = socket;
        Hello = hello;
    }

    public ServerFrame Hello { get; }

    public string UserId => Hello.You!.Id;

    /// <summary>Every frame received after hello, in order.</summary>
    public List<ServerFrame> Received { get; } = [];

    public static async Task<PlaygroundTab> OpenAsync(PlaygroundServer server, string name, string? session = null)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(server.SocketAddress(name, session ?? NewSession()), CancellationToken.None);
        var hello = await ReceiveAsync(socket);
        Assert.Equal("hello", hello.Type);
        return new PlaygroundTab(socket, hello);
    }

    public static string NewSession() => Convert.ToHexString(Guid.NewGuid().ToByteArray());

    public Task CommandAsync(string text) => SendAsync(new ClientFrame("command", text, null, null));

    public Task ClickAsync(string messageId, string customId) => SendAsync(new ClientFrame("click", null, messageId, customId));

    /// <summary>Reads frames until one matches; fails after a generous wait.</summary>
    public async Task<ServerFrame> WaitForAsync(Func<ServerFrame, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        foreach (var seen in Received.Where(match))
        {
            return seen;
        }

        while (true)
        {
            var frame = await ReceiveAsync(_socket, timeout.Token);
            Received.Add(frame);
            if (match(frame))
            {
                return frame;
            }
        }
    }

    /// <summary>Waits for a message whose content contains <paramref name="text"/>.</summary>
    public async Task<MessageView> WaitForMessageAsync(string text) =>
        (await WaitForAsync(f => f.Message?.Content?.Contains(text, StringComparison.Ordinal) == true)).Message!;

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // The server may already be gone.
            }
        }

        _socket.Dispose();
    }

    private Task SendAsync(ClientFrame frame) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame, PlaygroundJsonContext.Default.ClientFrame), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<ServerFrame> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The playground closed the socket: " + result.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonSerializer.Deserialize(Encoding.UTF8.GetString(message.ToArray()), PlaygroundJsonContext.Default.ServerFrame)!;
    }
}
