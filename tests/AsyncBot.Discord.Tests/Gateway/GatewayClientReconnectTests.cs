using System.Text.Json.Nodes;
using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClientReconnectTests
{
    [Fact]
    public async Task Reconnect_Op7_ResumesOnTheResumeUrlWithoutIdentify()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();
        var sessionId = host.Gateway.CurrentSessionId;

        host.Gateway.SendReconnect();

        await host.WaitForReadyAsync(1, resumed: 1);
        Assert.Equal(1, host.Gateway.IdentifyCount);
        Assert.Equal(1, host.Gateway.ResumeCount);
        Assert.Equal(GatewayClosePolicy.ResumableCloseCode, Assert.Single(host.Gateway.ClientCloseCodes));
        Assert.Equal("/gateway-resume", host.Gateway.Connections[1].Path);
        Assert.Equal("?v=10&encoding=json", host.Gateway.Connections[1].Query);
        var resume = JsonNode.Parse(host.Gateway.ClientFrames.Single(f => f.Op == 6).Json)!["d"]!;
        Assert.Equal(sessionId, resume["session_id"]!.GetValue<string>());
        Assert.Equal(1, resume["seq"]!.GetValue<long>());
        Assert.Empty(host.Waits);
    }

    [Fact]
    public async Task InvalidSessionFalse_WaitsOneToFiveSeconds_ThenIdentifiesANewSession()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        host.Gateway.SendInvalidSession(resumable: false);

        Assert.Equal((TimeSpan.FromSeconds(3), GatewayWaitReason.InvalidSession), await host.AdvanceThroughNextWaitAsync());
        // One identify per 5 s (max_concurrency 1): two more seconds to go.
        Assert.Equal((TimeSpan.FromSeconds(2), GatewayWaitReason.IdentifyPacing), await host.AdvanceThroughNextWaitAsync());
        await host.WaitForReadyAsync(2);

        Assert.Equal(2, host.Gateway.IdentifyCount);
        Assert.Equal(0, host.Gateway.ResumeCount);
        Assert.Equal(0, host.Gateway.RefusedIdentifyCount);
        Assert.Equal("/gateway", host.Gateway.Connections[1].Path);
        Assert.Equal(GatewayTestHost.Start.AddSeconds(5), host.Gateway.Connections[1].OpenedAt);
    }

    [Fact]
    public async Task InvalidSessionTrue_WaitsThenResumes()
    {
        await using var host = await GatewayTestHost.CreateAsync(jitter: 0.0);
        await host.StartReadyAsync();

        host.Gateway.SendInvalidSession(resumable: true);

        Assert.Equal((TimeSpan.FromSeconds(1), GatewayWaitReason.InvalidSession), await host.AdvanceThroughNextWaitAsync());
        await host.WaitForReadyAsync(1, resumed: 1);
        Assert.Equal(1, host.Gateway.IdentifyCount);
        Assert.Equal(1, host.Gateway.ResumeCount);
    }

    [Fact]
    public async Task NetworkDrop_BacksOffThenResumes()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        host.Gateway.DropConnection();

        Assert.Equal((TimeSpan.FromSeconds(1), GatewayWaitReason.Backoff), await host.AdvanceThroughNextWaitAsync());
        await host.WaitForReadyAsync(1, resumed: 1);
        Assert.Empty(host.Gateway.ClientCloseCodes);
    }

    [Fact]
    public async Task ResumeOfAnEndedSession_GetsOp9False_AndIdentifiesInstead()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();
        host.Gateway.EndSession();

        host.Gateway.SendReconnect();

        await host.Gateway.WaitUntilAsync(g => g.ResumeCount == 1);
        Assert.Equal(GatewayWaitReason.InvalidSession, (await host.AdvanceThroughNextWaitAsync()).Reason);
        await host.AdvanceThroughNextWaitAsync(); // identify pacing
        await host.WaitForReadyAsync(2);
        Assert.Equal(2, host.Gateway.IdentifyCount);
    }

    [Fact]
    public async Task RepeatedFailures_BackOffFurther_AndFallBackFromResumeToIdentify()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();
        host.Gateway.Options.RejectConnectionsWithCloseCode = 4000;

        host.Gateway.CloseConnection(4000);
        var delays = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var wait = await host.NextWaitAsync();
            delays.Add(wait.Delay.TotalSeconds);
            if (i == 4)
            {
                host.Gateway.Options.RejectConnectionsWithCloseCode = null;
            }

            host.Time.Advance(wait.Delay);
        }

        await host.WaitForReadyAsync(2);
        Assert.Equal(new double[] { 1, 2, 5, 10, 30 }, delays);
        var paths = host.Gateway.Connections.Select(c => c.Path).ToArray();
        Assert.Equal(new[] { "/gateway", "/gateway-resume", "/gateway-resume", "/gateway-resume", "/gateway", "/gateway" }, paths);
        Assert.Equal(GatewayState.Ready, host.Client.State);
    }
}
