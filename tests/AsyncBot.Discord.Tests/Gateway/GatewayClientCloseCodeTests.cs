using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClientCloseCodeTests
{
    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1000)]
    public async Task ServerClose_ResumableCode_ResumesAfterBackoff(int code)
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        host.Gateway.CloseConnection(code);

        Assert.Equal((TimeSpan.FromSeconds(1), GatewayWaitReason.Backoff), await host.AdvanceThroughNextWaitAsync());
        await host.WaitForReadyAsync(1, resumed: 1);
        Assert.Equal(1, host.Gateway.IdentifyCount);
        Assert.Equal(1, host.Gateway.ResumeCount);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task ServerClose_SessionCode_IdentifiesANewSession(int code)
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        host.Gateway.CloseConnection(code);

        Assert.Equal((TimeSpan.FromSeconds(1), GatewayWaitReason.Backoff), await host.AdvanceThroughNextWaitAsync());
        Assert.Equal((TimeSpan.FromSeconds(4), GatewayWaitReason.IdentifyPacing), await host.AdvanceThroughNextWaitAsync());
        await host.WaitForReadyAsync(2);
        Assert.Equal(2, host.Gateway.IdentifyCount);
        Assert.Equal(0, host.Gateway.ResumeCount);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task ServerClose_FatalCode_FailsWithTheCodeInsteadOfLooping(int code)
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        host.Gateway.CloseConnection(code);

        var ex = await Assert.ThrowsAsync<GatewayFatalException>(() => host.Run!.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(code, ex.CloseCode);
        Assert.Contains($"close {code}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GatewayState.Failed, host.Client.State);
        Assert.Equal(1, host.Gateway.ConnectionCount);
        Assert.Empty(host.Waits);
    }

    [Fact]
    public async Task Identify_TokenRejectedByTheGateway_Fails4004WithAHint()
    {
        await using var host = await GatewayTestHost.CreateAsync(fake: f => f.IdentifyToken = "MTIz.NDU2.Nzg5");

        host.StartClient();

        var ex = await Assert.ThrowsAsync<GatewayFatalException>(() => host.Run!.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(4004, ex.CloseCode);
        Assert.Contains("DISCORD_TOKEN", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4004, Assert.Single(host.Gateway.ServerCloseCodes));
    }

    [Fact]
    public async Task RunAsync_ShardIdNotBelowShardCount_FailsBeforeConnecting()
    {
        await using var host = await GatewayTestHost.CreateAsync(discord: o => (o.ShardId, o.ShardCount) = (1, 1));

        host.StartClient();

        var ex = await Assert.ThrowsAsync<GatewayFatalException>(() => host.Run!.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Null(ex.CloseCode);
        Assert.Contains("Discord:ShardId", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Gateway.ConnectionCount);
    }

    [Fact]
    public async Task GatewayBot_Unauthorized_FailsAsBadTokenWithoutConnecting()
    {
        await using var host = await GatewayTestHost.CreateAsync(discord: o => o.Token = "MTIz.NDU2.wrong-token-but-well-shaped");

        host.StartClient();

        var ex = await Assert.ThrowsAsync<GatewayFatalException>(() => host.Run!.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("401", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DISCORD_TOKEN", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GatewayState.Failed, host.Client.State);
        Assert.Equal(0, host.Gateway.ConnectionCount);
    }

    [Theory]
    [InlineData(null, "is empty")]
    [InlineData("   ", "is empty")]
    [InlineData("not a token at all", "not shaped like")]
    public async Task RunAsync_MissingOrMalformedToken_NamesTheKeyNotTheValue(string? token, string problem)
    {
        await using var host = await GatewayTestHost.CreateAsync(discord: o => o.Token = token);

        host.StartClient();

        var ex = await Assert.ThrowsAsync<GatewayFatalException>(() => host.Run!.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("Discord:Token", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a token at all", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Gateway.GatewayBotUserAgents);
    }
}
