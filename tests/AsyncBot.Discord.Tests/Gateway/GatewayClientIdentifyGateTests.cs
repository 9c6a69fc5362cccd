using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClientIdentifyGateTests
{
    [Fact]
    public async Task Identify_WaitsForTheGate_AskingWithShardAndMaxConcurrency()
    {
        var turns = new List<IdentifyTurn>();
        var gate = new Mock<IIdentifyGate>();
        gate.SetupGet(g => g.SpansProcesses).Returns(false);
        gate.SetupSequence(g => g.TryClaimAsync(Capture.In(turns), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TimeSpan.FromSeconds(3))
            .ReturnsAsync(TimeSpan.Zero);
        await using var host = await GatewayTestHost.CreateAsync(
            fake: f => { f.MaxConcurrency = 4; f.Shards = 8; },
            discord: d => { d.ShardId = 6; d.ShardCount = 8; },
            configureServices: s => s.AddSingleton(gate.Object));

        host.StartClient();

        Assert.Equal((TimeSpan.FromSeconds(3), GatewayWaitReason.IdentifyPacing), await host.AdvanceThroughNextWaitAsync());
        await host.WaitForReadyAsync(1);
        Assert.Equal([new IdentifyTurn(6, 8, 4), new IdentifyTurn(6, 8, 4)], turns);
        Assert.Equal(2, turns[0].Bucket);
        Assert.Equal(GatewayTestHost.Start.AddSeconds(3), Assert.Single(host.Gateway.Identifies).At);
        Assert.Single(host.Gateway.GatewayBotUserAgents);
        gate.Verify(g => g.IdentifySending(new IdentifyTurn(6, 8, 4)), Times.Once);
    }

    [Fact]
    public async Task Identify_GateSpansProcesses_AsksDiscordForTheBudgetBeforeEveryIdentify()
    {
        var gate = new Mock<IIdentifyGate>();
        gate.SetupGet(g => g.SpansProcesses).Returns(true);
        gate.Setup(g => g.TryClaimAsync(It.IsAny<IdentifyTurn>(), It.IsAny<CancellationToken>())).ReturnsAsync(TimeSpan.Zero);
        await using var host = await GatewayTestHost.CreateAsync(
            fake: f => f.MaxConcurrency = 100,
            configureServices: s => s.AddSingleton(gate.Object));
        await host.StartReadyAsync();

        // Another process spent the budget meanwhile: this one must learn it from Discord, not from its own tally.
        host.Gateway.Options.SessionStartRemaining = 0;
        host.Gateway.SendInvalidSession(resumable: false);

        Assert.Equal(GatewayWaitReason.InvalidSession, (await host.AdvanceThroughNextWaitAsync()).Reason);
        var (delay, reason) = await host.NextWaitAsync();
        Assert.Equal(GatewayWaitReason.SessionStartReset, reason);
        Assert.Equal(TimeSpan.FromMilliseconds(host.Gateway.Options.SessionStartResetAfterMs), delay);
        Assert.Equal(2, host.Gateway.GatewayBotUserAgents.Count);
        Assert.Equal(1, host.Gateway.IdentifyCount);
    }
}
