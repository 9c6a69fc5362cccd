using System.Diagnostics;
using System.Text.Json.Nodes;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Rest;
using AsyncBot.FakeDiscord.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClientConnectTests
{
    [Fact]
    public async Task RunAsync_AgainstFake_IdentifiesOnceWithIntentsZeroAndBecomesReady()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        ReadyInfo? raised = null;
        host.Client.ReadyReceived += r => raised = r;

        await host.StartReadyAsync();

        var identify = JsonNode.Parse(host.Gateway.ClientFrames.Single(f => f.Op == 2).Json)!["d"]!;
        Assert.Equal(host.Server.Options.Token, identify["token"]!.GetValue<string>());
        Assert.Equal(0, identify["intents"]!.GetValue<int>());
        Assert.Equal("[0,1]", identify["shard"]!.ToJsonString());
        Assert.Equal("AsyncBot", identify["properties"]!["browser"]!.GetValue<string>());
        Assert.Equal(1, host.Gateway.IdentifyCount);
        Assert.Equal(GatewayState.Ready, host.Client.State);
        Assert.Equal(host.Server.Options.ApplicationId, host.Client.Ready!.ApplicationId);
        Assert.Equal(host.Server.Options.ApplicationId, host.Client.Ready.BotUserId);
        Assert.Equal(host.Gateway.CurrentSessionId, host.Client.Ready.SessionId);
        Assert.Same(host.Client.Ready, raised);
    }

    [Fact]
    public async Task RunAsync_UsesGatewayBotUrlWithVersionQueryAndBotUserAgent()
    {
        await using var host = await GatewayTestHost.CreateAsync();

        await host.StartReadyAsync();

        var connection = Assert.Single(host.Gateway.Connections);
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        var userAgent = Assert.Single(host.Gateway.GatewayBotUserAgents);
        Assert.Equal("DiscordBot (https://github.com/asyncbot/asyncbot, 1.0.0)", userAgent);
    }

    [Fact]
    public async Task RunAsync_ConfiguredUserAgent_IsTheOneRestSends()
    {
        await using var host = await GatewayTestHost.CreateAsync(configureServices: s => s.Configure<DiscordRestOptions>(o =>
            (o.UserAgentUrl, o.UserAgentVersion) = (new Uri("https://example.org/my-fork"), "2.3.4")));

        await host.StartReadyAsync();

        Assert.Equal("DiscordBot (https://example.org/my-fork, 2.3.4)", Assert.Single(host.Gateway.GatewayBotUserAgents));
    }

    [Fact]
    public async Task RunAsync_ShardFromOptions_IsSentInIdentify()
    {
        await using var host = await GatewayTestHost.CreateAsync(fake: f => f.Shards = 3, discord: o => (o.ShardId, o.ShardCount) = (2, 3));

        await host.StartReadyAsync();

        var identify = JsonNode.Parse(host.Gateway.ClientFrames.Single(f => f.Op == 2).Json)!;
        Assert.Equal("[2,3]", identify["d"]!["shard"]!.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_SystemClock_ReachesReadyWithinOneSecond()
    {
        await using var host = await GatewayTestHost.CreateAsync(fakeTime: false);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Client.ReadyReceived += _ => ready.TrySetResult();

        var clock = Stopwatch.StartNew();
        host.StartClient();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"start → READY took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task RunAsync_SystemClock_HeartbeatsKeepTheFakesDeadlineHappy()
    {
        // The interval is 1 s, not shorter: the client rightly drops a connection whose ACK has not come back by its
        // next beat (a zombie), and one CI run with every core busy took over 200 ms to read an ACK on loopback, so a
        // 200 ms interval reconnected. The fake's deadline is 3 intervals: a late timer is not a missed heartbeat.
        await using var host = await GatewayTestHost.CreateAsync(fake: f => (f.HeartbeatIntervalMs, f.HeartbeatTimeoutFactor) = (1000, 3), fakeTime: false);

        await host.StartReadyAsync();
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount >= 3);

        Assert.Equal(0, host.Gateway.HeartbeatTimeoutCount);
        Assert.True(host.Gateway.ConnectionCount == 1, $"{host.Gateway.ConnectionCount} connections; the client closed with [{string.Join(", ", host.Gateway.ClientCloseCodes)}]");
        Assert.NotNull(host.Client.HeartbeatLatency);
    }

    [Fact]
    public async Task StopAsync_ClosesWith1000EndingTheSessionAndCompletesTheSource()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        await host.StopAsync();

        await host.Gateway.WaitUntilAsync(g => g.ClientCloseCodes.Count == 1);
        Assert.Equal(1000, Assert.Single(host.Gateway.ClientCloseCodes));
        Assert.Equal(GatewayState.Disconnected, host.Client.State);
        await host.Client.ReadAllAsync().GetAsyncEnumerator().MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RunAsync_CalledTwice_Throws()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.RunAsync());
    }

    [Fact]
    public async Task RunAsync_SessionStartBudgetSpent_WaitsForResetThenAsksAgain()
    {
        await using var host = await GatewayTestHost.CreateAsync(fake: f => (f.SessionStartRemaining, f.SessionStartResetAfterMs) = (0, 30_000));

        host.StartClient();
        var wait = await host.NextWaitAsync();
        Assert.Equal((TimeSpan.FromSeconds(30), GatewayWaitReason.SessionStartReset), wait);
        Assert.Equal(0, host.Gateway.ConnectionCount);

        host.Gateway.Options.SessionStartRemaining = 5;
        host.Time.Advance(wait.Delay);
        await host.WaitForReadyAsync(1);

        Assert.Equal(2, host.Gateway.GatewayBotUserAgents.Count);
        Assert.Equal(0, host.Gateway.RefusedIdentifyCount);
    }
}
