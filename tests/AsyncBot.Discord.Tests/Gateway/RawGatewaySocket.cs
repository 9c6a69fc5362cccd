using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AsyncBot.Discord.Tests.Gateway;

/// <summary>A bare WebSocket to the fake gateway, for checking the fake itself frame by frame.</summary>
internal sealed class RawGatewaySocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<RawGatewaySocket> ConnectAsync(Uri url, string query = "?v=10&encoding=json")
    {
        var raw = new RawGatewaySocket();
        await raw._socket.ConnectAsync(new Uri(url + query), CancellationToken.None);
        return raw;
    }

    /// <summary>Connects and reads Hello.</summary>
    public static async Task<RawGatewaySocket> ConnectPastHelloAsync(Uri url)
    {
        var raw = await ConnectAsync(url);
        var hello = await raw.ReceiveAsync();
        Assert.Equal(10, hello["op"]!.GetValue<int>());
        return raw;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendIdentifyAsync(string token, int intents = 0, string shard = "[0,1]") =>
        SendAsync($$$"""{"op":2,"d":{"token":"{{{token}}}","intents":{{{intents}}},"properties":{"os":"linux","browser":"t","device":"t"},"shard":{{{shard}}}}}""");

    public Task SendResumeAsync(string token, string sessionId, long seq) =>
        SendAsync($$$"""{"op":6,"d":{"token":"{{{token}}}","session_id":"{{{sessionId}}}","seq":{{{seq}}}}}""");

    /// <summary>The next text frame; fails if the server closes instead.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        var (text, close) = await ReceiveAnyAsync();
        Assert.True(text is not null, $"Expected a frame but the server closed with {close}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Reads until the server closes and returns its code.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (true)
        {
            var (text, close) = await ReceiveAnyAsync();
            if (text is null)
            {
                return close;
            }
        }
    }

    public Task CloseAsync(int code) => _socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(string? Text, int? Close)> ReceiveAnyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)result.CloseStatus);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(message.ToArray()), null);
            }
        }
    }
}
