using System.Net;
using System.Text.Json.Nodes;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

/// <summary>The fake must behave like Discord (docs/discord-client.md, "The fake Discord"), or the client tests prove nothing.</summary>
public sealed class FakeGatewayProtocolTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(GatewayTestHost.Start);
    private FakeGateway _gateway = null!;
    private FakeDiscordServer _server = null!;

    private string Token => _server.Options.Token;

    public async Task InitializeAsync()
    {
        _gateway = new FakeGateway(new FakeGatewayOptions { TimeProvider = _time, HeartbeatIntervalMs = 1000 });
        _server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Modules = { _gateway } });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(RawGatewaySocket Socket, JsonNode Ready)> IdentifiedAsync()
    {
        var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);
        await socket.SendIdentifyAsync(Token);
        return (socket, await socket.ReceiveAsync());
    }

    [Fact]
    public async Task GatewayBot_RequiresBotAuthorization()
    {
        using var http = new HttpClient();
        var url = new Uri(_server.ApiBaseUrl + "/gateway/bot");

        using var anonymous = await http.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", "Bot " + Token);
        request.Headers.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.test, 1.0)");
        using var authorized = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(0, JsonNode.Parse(await anonymous.Content.ReadAsStringAsync())!["code"]!.GetValue<int>());
        var body = JsonNode.Parse(await authorized.Content.ReadAsStringAsync())!;
        Assert.Equal(_gateway.GatewayUrl.ToString(), body["url"]!.GetValue<string>());
        Assert.StartsWith("ws://127.0.0.1:", body["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, body["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
    }

    [Fact]
    public async Task Hello_IsTheFirstFrame_WithTheConfiguredInterval()
    {
        await using var socket = await RawGatewaySocket.ConnectAsync(_gateway.GatewayUrl);

        var hello = await socket.ReceiveAsync();

        Assert.Equal(10, hello["op"]!.GetValue<int>());
        Assert.Equal(1000, hello["d"]!["heartbeat_interval"]!.GetValue<int>());
        Assert.Null(hello["s"]);
        Assert.Null(hello["t"]);
    }

    [Theory]
    [InlineData("?v=9&encoding=json", 4012)]
    [InlineData("?encoding=json", 4012)]
    [InlineData("?v=10&encoding=etf", 4002)]
    public async Task Connect_WrongQuery_IsRefused(string query, int code)
    {
        await using var socket = await RawGatewaySocket.ConnectAsync(_gateway.GatewayUrl, query);

        Assert.Equal(code, await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"op":3,"d":{}}""", 4003)]
    [InlineData("{not json", 4002)]
    [InlineData("""{"op":5,"d":null}""", 4001)]
    [InlineData("""{"op":2,"d":"me"}""", 4001)]
    public async Task BeforeIdentify_BadFrames_CloseTheConnection(string frame, int code)
    {
        await using var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);

        await socket.SendAsync(frame);

        Assert.Equal(code, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Frame_Over4096Bytes_Closes4002()
    {
        await using var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);

        await socket.SendAsync("""{"op":1,"d":null,"pad":""" + '"' + new string('x', 4096) + "\"}");

        Assert.Equal(4002, await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("wrong", 0, "[0,1]", 4004)]
    [InlineData(null, 1 << 30, "[0,1]", 4013)]
    [InlineData(null, 1 << 1, "[0,1]", 4014)]
    [InlineData(null, 1 << 15, "[0,1]", 4014)]
    [InlineData(null, 0, "[1,1]", 4010)]
    public async Task Identify_Invalid_ClosesWithDiscordsCode(string? token, int intents, string shard, int code)
    {
        await using var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);

        await socket.SendIdentifyAsync(token ?? Token, intents, shard);

        Assert.Equal(code, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Identify_AllowedPrivilegedIntent_IsAccepted()
    {
        _gateway.Options.AllowedPrivilegedIntents = 1 << 15;
        await using var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);

        await socket.SendIdentifyAsync(Token, intents: (1 << 15) | 1);

        Assert.Equal("READY", (await socket.ReceiveAsync())["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_CarriesSessionResumeUrlAndApplication_AtSequenceOne()
    {
        var (socket, ready) = await IdentifiedAsync();
        await using var _ = socket;

        Assert.Equal(0, ready["op"]!.GetValue<int>());
        Assert.Equal(1, ready["s"]!.GetValue<long>());
        Assert.Equal(_gateway.CurrentSessionId, ready["d"]!["session_id"]!.GetValue<string>());
        Assert.Equal(_gateway.ResumeUrl.ToString(), ready["d"]!["resume_gateway_url"]!.GetValue<string>());
        Assert.Equal(_server.Options.ApplicationId, ready["d"]!["application"]!["id"]!.GetValue<string>());
        Assert.Equal(_server.Options.ApplicationId, ready["d"]!["user"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SecondIdentify_Closes4005()
    {
        var (socket, _) = await IdentifiedAsync();
        await using var __ = socket;

        await socket.SendIdentifyAsync(Token);

        Assert.Equal(4005, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Heartbeat_IsAcknowledged_WithoutASequence()
    {
        var (socket, _) = await IdentifiedAsync();
        await using var __ = socket;

        await socket.SendAsync("""{"op":1,"d":1}""");
        var ack = await socket.ReceiveAsync();

        Assert.Equal(11, ack["op"]!.GetValue<int>());
        Assert.Null(ack["s"]);
    }

    [Fact]
    public async Task Resume_ReplaysWhatCameAfterSeq_InOrder_ThenResumed()
    {
        var (first, ready) = await IdentifiedAsync();
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        var a = await _gateway.SendCommandAsync("race");
        await first.ReceiveAsync();
        await first.CloseAsync(4900);
        await first.ReceiveCloseAsync();
        await first.DisposeAsync();
        await _gateway.WaitUntilAsync(g => g.Connections.All(c => !c.IsOpen));
        var b = await _gateway.SendCommandAsync("fetch");
        var c = await _gateway.SendCommandAsync("help");

        await using var second = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.ResumeUrl);
        await second.SendResumeAsync(Token, sessionId, seq: 2);

        var replayB = await second.ReceiveAsync();
        var replayC = await second.ReceiveAsync();
        var resumed = await second.ReceiveAsync();
        Assert.Equal((b.Id, 3L), (replayB["d"]!["id"]!.GetValue<string>(), replayB["s"]!.GetValue<long>()));
        Assert.Equal((c.Id, 4L), (replayC["d"]!["id"]!.GetValue<string>(), replayC["s"]!.GetValue<long>()));
        Assert.Equal(("RESUMED", 5L), (resumed["t"]!.GetValue<string>(), resumed["s"]!.GetValue<long>()));
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public async Task Resume_ImpossibleSeq_Closes4007()
    {
        var (first, ready) = await IdentifiedAsync();
        await first.CloseAsync(4900);
        await first.DisposeAsync();

        await using var second = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.ResumeUrl);
        await second.SendResumeAsync(Token, ready["d"]!["session_id"]!.GetValue<string>(), seq: 99);

        Assert.Equal(4007, await second.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, false)]
    [InlineData(4900, true)]
    public async Task ClientClose_1000Or1001EndsTheSession_OtherCodesKeepIt(int code, bool resumable)
    {
        var (first, ready) = await IdentifiedAsync();
        await first.CloseAsync(code);
        await first.ReceiveCloseAsync();
        await first.DisposeAsync();
        await _gateway.WaitUntilAsync(g => g.Connections.All(c => !c.IsOpen));

        await using var second = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.ResumeUrl);
        await second.SendResumeAsync(Token, ready["d"]!["session_id"]!.GetValue<string>(), seq: 1);
        var answer = await second.ReceiveAsync();

        Assert.Equal(code, _gateway.ClientCloseCodes[0]);
        Assert.Equal(resumable ? "RESUMED" : null, answer["t"]?.GetValue<string>());
        Assert.Equal(resumable ? 0 : 9, answer["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resume_UnknownSession_GetsOp9False()
    {
        await using var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.ResumeUrl);

        await socket.SendResumeAsync(Token, "no-such-session", seq: 1);
        var answer = await socket.ReceiveAsync();

        Assert.Equal(9, answer["op"]!.GetValue<int>());
        Assert.False(answer["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SendLimit_The121stFrameIn60Seconds_Closes4008()
    {
        var (socket, _) = await IdentifiedAsync();
        await using var __ = socket;
        for (var i = 0; i < 119; i++)
        {
            await socket.SendAsync("""{"op":3,"d":{}}""");
        }

        await _gateway.WaitUntilAsync(g => g.ClientFrames.Count == 120);
        Assert.Empty(_gateway.ServerCloseCodes);
        await socket.SendAsync("""{"op":3,"d":{}}""");

        Assert.Equal(4008, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SendLimit_FramesOlderThan60Seconds_DoNotCount()
    {
        _gateway.Options.EnforceHeartbeats = false;
        var (socket, _) = await IdentifiedAsync();
        await using var __ = socket;
        for (var i = 0; i < 119; i++)
        {
            await socket.SendAsync("""{"op":3,"d":{}}""");
        }

        await _gateway.WaitUntilAsync(g => g.ClientFrames.Count == 120);
        _time.Advance(TimeSpan.FromSeconds(60));
        await socket.SendAsync("""{"op":1,"d":1}""");

        Assert.Equal(11, (await socket.ReceiveAsync())["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Identify_MoreThanMaxConcurrencyPerFiveSeconds_GetsOp9False()
    {
        var (first, _) = await IdentifiedAsync();
        await using var __ = first;
        await using var second = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);

        await second.SendIdentifyAsync(Token);
        var refused = await second.ReceiveAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        await using var third = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);
        await third.SendIdentifyAsync(Token);

        Assert.Equal(9, refused["op"]!.GetValue<int>());
        Assert.Equal("READY", (await third.ReceiveAsync())["t"]!.GetValue<string>());
        Assert.Equal(1, _gateway.RefusedIdentifyCount);
        Assert.Equal(998, _gateway.Options.SessionStartRemaining);
    }

    [Fact]
    public async Task Identify_BudgetSpent_GetsOp9False()
    {
        _gateway.Options.SessionStartRemaining = 0;
        await using var socket = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.GatewayUrl);

        await socket.SendIdentifyAsync(Token);

        Assert.Equal(9, (await socket.ReceiveAsync())["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Heartbeats_Missing_CloseTheConnection_AndTheSessionExpiresLater()
    {
        var (first, ready) = await IdentifiedAsync();
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();

        _time.Advance(TimeSpan.FromMilliseconds(1499));
        await first.SendAsync("""{"op":1,"d":1}""");
        await first.ReceiveAsync();
        _time.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(4000, await first.ReceiveCloseAsync());
        await first.DisposeAsync();
        await _gateway.WaitUntilAsync(g => g.Connections.All(c => !c.IsOpen));

        _time.Advance(_gateway.Options.SessionResumeWindow + TimeSpan.FromSeconds(1));
        await using var second = await RawGatewaySocket.ConnectPastHelloAsync(_gateway.ResumeUrl);
        await second.SendResumeAsync(Token, sessionId, seq: 1);

        Assert.Equal(1, _gateway.HeartbeatTimeoutCount);
        Assert.Equal(9, (await second.ReceiveAsync())["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Dispatches_OnlyOp0CarriesSequence_CountingUpPerSession()
    {
        var (socket, _) = await IdentifiedAsync();
        await using var __ = socket;

        var one = await _gateway.SendCommandAsync("race");
        var two = await _gateway.SendButtonClickAsync("cancel:" + one.Id);
        var first = await socket.ReceiveAsync();
        var second = await socket.ReceiveAsync();

        Assert.Equal((2L, 3L), (first["s"]!.GetValue<long>(), second["s"]!.GetValue<long>()));
        Assert.Equal("INTERACTION_CREATE", second["t"]!.GetValue<string>());
        Assert.Equal(3, second["d"]!["type"]!.GetValue<int>());
        Assert.NotEqual(one.Token, two.Token);
        Assert.Equal([one.Id, two.Id], _gateway.SentInteractions.Select(i => i.Id));
    }
}
