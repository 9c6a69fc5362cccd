using System.Text.Json.Nodes;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

/// <summary>The fake's sharding side: what <c>GET /gateway/bot</c> reports, per-bucket pacing, the Identify record.</summary>
public sealed class FakeGatewayShardingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(GatewayTestHost.Start);
    private FakeGateway _gateway = null!;
    private readonly List<RawGatewaySocket> _sockets = [];
    private FakeDiscordServer _server = null!;

    private string Token => _server.Options.Token;

    public async Task InitializeAsync()
    {
        _gateway = new FakeGateway(new FakeGatewayOptions
        {
            TimeProvider = _time,
            Shards = 4,
            MaxConcurrency = 2,
            SessionStartRemaining = 77,
            SessionStartResetAfterMs = 1234,
            PaceIdentifiesByBucket = true,
        });
        _server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Modules = { _gateway } });
    }

    public async Task DisposeAsync()
    {
        foreach (var socket in _sockets)
        {
            await socket.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GatewayBot_ReportsTheConfiguredShardsAndSessionStartLimit()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.ApiBaseUrl + "/gateway/bot"));
        request.Headers.TryAddWithoutValidation("Authorization", "Bot " + Token);
        request.Headers.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.test, 1.0)");
        using var response = await http.SendAsync(request);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, body["shards"]!.GetValue<int>());
        Assert.Equal(2, body["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
        Assert.Equal(77, body["session_start_limit"]!["remaining"]!.GetValue<int>());
        Assert.Equal(1234, body["session_start_limit"]!["reset_after"]!.GetValue<long>());
    }

    [Fact]
    public async Task Identify_PacedByBucket_AndRecordedWithTimeAndShard()
    {
        // max_concurrency 2: shards 0 and 1 are different buckets, shard 2 shares shard 0's.
        var zero = await IdentifyAsync("[0,4]");
        var one = await IdentifyAsync("[1,4]");
        var two = await IdentifyAsync("[2,4]");
        _time.Advance(TimeSpan.FromSeconds(5));
        var twoAgain = await IdentifyAsync("[2,4]");

        Assert.Equal("READY", zero["t"]?.GetValue<string>());
        Assert.Equal("READY", one["t"]?.GetValue<string>());
        Assert.Equal(9, two["op"]!.GetValue<int>());
        Assert.Equal("READY", twoAgain["t"]?.GetValue<string>());
        var start = GatewayTestHost.Start;
        Assert.Equal(
            [
                new FakeIdentify(start, 0, 4, true),
                new FakeIdentify(start, 1, 4, true),
                new FakeIdentify(start, 2, 4, false),
                new FakeIdentify(start.AddSeconds(5), 2, 4, true),
            ],
            _gateway.Identifies);
        Assert.Equal(74, _gateway.Options.SessionStartRemaining);
    }

    private async Task<JsonNode> IdentifyAsync(string shard)
    {
        var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);
        _sockets.Add(socket);
        await socket.SendIdentifyAsync(Token, shard: shard);
        return await socket.ReceiveAsync();
    }
}
