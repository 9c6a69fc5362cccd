using System.Text.Json.Nodes;
using AsyncBot.Discord.Gateway;
using AsyncBot.FakeDiscord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClientHeartbeatTests
{
    private static long? HeartbeatSequence(ClientFrame frame) => JsonNode.Parse(frame.Json)!["d"]?.GetValue<long>();

    [Fact]
    public async Task Heartbeats_FirstAfterJitteredDelay_ThenEveryInterval_CarryingTheLastSequence()
    {
        await using var host = await GatewayTestHost.CreateAsync(jitter: 0.25);
        await host.StartReadyAsync();
        var helloAt = host.Gateway.Connections[0].OpenedAt;

        // Just before the first beat is due, a heartbeat requested by the server is the only one.
        host.Time.Advance(TimeSpan.FromMilliseconds(249));
        host.Gateway.RequestHeartbeat();
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount == 1);
        await TestWait.UntilAsync(() => host.Client.HeartbeatAcks == 1, "first ACK");

        host.Time.Advance(TimeSpan.FromMilliseconds(1));
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount == 2);
        var first = host.Gateway.ClientFrames.Where(f => f.Op == 1).ElementAt(1);
        Assert.Equal(TimeSpan.FromMilliseconds(250), first.ReceivedAt - helloAt);
        Assert.Equal(1, HeartbeatSequence(first));
        await TestWait.UntilAsync(() => host.Client.HeartbeatAcks == 2, "second ACK");

        await host.Gateway.SendCommandAsync("help");
        await host.NextInteractionAsync();
        host.Time.Advance(TimeSpan.FromMilliseconds(1000));
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount == 3);
        var second = host.Gateway.ClientFrames.Where(f => f.Op == 1).ElementAt(2);
        Assert.Equal(TimeSpan.FromMilliseconds(1250), second.ReceivedAt - helloAt);
        Assert.Equal(2, HeartbeatSequence(second));
    }

    [Fact]
    public async Task ServerHeartbeatRequest_IsAnsweredAtOnce()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        host.Gateway.RequestHeartbeat();

        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount == 1);
        Assert.Equal(GatewayTestHost.Start, host.Gateway.ClientFrames.Single(f => f.Op == 1).ReceivedAt);
    }

    [Fact]
    public async Task Zombie_NoAckBeforeTheNextBeat_ClosesWithNonNormalCodeAndResumes()
    {
        await using var host = await GatewayTestHost.CreateAsync(fake: f => f.SendHeartbeatAcks = false);
        await host.StartReadyAsync();

        host.Time.Advance(TimeSpan.FromMilliseconds(500));
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount == 1);
        host.Time.Advance(TimeSpan.FromMilliseconds(1000));

        await host.WaitForReadyAsync(1, resumed: 1);
        var close = Assert.Single(host.Gateway.ClientCloseCodes);
        Assert.NotEqual(1000, close);
        Assert.NotEqual(1001, close);
        Assert.Equal(1, host.Gateway.ResumeCount);
        Assert.Equal(1, host.Gateway.IdentifyCount);
        Assert.Equal(1, host.Gateway.HeartbeatCount);
    }

    [Fact]
    public async Task ServerHeartbeatFlood_NeverTripsTheSendLimit()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        for (var i = 0; i < 200; i++)
        {
            host.Gateway.RequestHeartbeat();
        }

        var marker = await host.Gateway.SendCommandAsync("help");
        Assert.Equal(marker.Id, (await host.NextInteractionAsync()).Id);
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount >= 1);

        Assert.DoesNotContain(4008, host.Gateway.ServerCloseCodes);
        Assert.Equal(1, host.Gateway.ConnectionCount);
        Assert.True(host.Gateway.ClientFrames.Count <= 120);
    }
}
