using AsyncBot.Discord;
using AsyncBot.Discord.Gateway;
using AsyncBot.Hosting;
using AsyncBot.Runs;

namespace AsyncBot.Tests.Hosting;

public class HealthStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(GatewayState.Ready, true)]
    [InlineData(GatewayState.Resuming, true)]
    [InlineData(GatewayState.Connecting, false)]
    [InlineData(GatewayState.Disconnected, false)]
    [InlineData(GatewayState.Failed, false)]
    public void Judge_FreshStatus_HealthyOnlyWhenReadyOrResuming(GatewayState state, bool healthy)
    {
        var content = HealthStatus.Format(state, Now - TimeSpan.FromSeconds(5));

        Assert.Equal(healthy, HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60)).Healthy);
    }

    [Fact]
    public void Judge_StaleStatus_IsUnhealthy()
    {
        var content = HealthStatus.Format(GatewayState.Ready, Now - TimeSpan.FromMinutes(5));

        var verdict = HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60));

        Assert.False(verdict.Healthy);
        Assert.Contains("300 s old", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("Ready notanumber")]
    public void Judge_MissingOrMalformed_IsUnhealthy(string? content)
    {
        Assert.False(HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60)).Healthy);
    }

    [Theory]
    [InlineData(GatewayState.Ready, true, "interactions endpoint ready")]
    [InlineData(GatewayState.Connecting, false, "interactions endpoint not ready (Discord REST: connecting)")]
    [InlineData(GatewayState.Failed, false, "interactions endpoint not ready (Discord REST: failed)")]
    public void Judge_HttpMode_SpeaksOfTheEndpointNotAGateway(GatewayState state, bool healthy, string reason)
    {
        var content = HealthStatus.Format(state, Now, InteractionDelivery.Http, RunStoreReport.InMemory);

        Assert.Equal(new HealthVerdict(healthy, false, reason), HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Judge_StoreReachable_SaysSo()
    {
        var content = HealthStatus.Format(GatewayState.Ready, Now, InteractionDelivery.Gateway, new RunStoreReport(true, true, null));

        var verdict = HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60));

        Assert.Equal(new HealthVerdict(true, false, "gateway ready; run store reachable"), verdict);
        Assert.Equal("healthy: gateway ready; run store reachable", verdict.Line);
    }

    [Fact]
    public void Judge_StoreUnreachable_IsDegradedNotUnhealthy_AndSaysSinceWhenAndWhatItMeans()
    {
        var since = Now - TimeSpan.FromSeconds(42);
        var content = HealthStatus.Format(GatewayState.Ready, Now, InteractionDelivery.Http, new RunStoreReport(true, false, since));

        var verdict = HealthStatus.Judge(content, Now + TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(60));

        Assert.True(verdict.Healthy);
        Assert.True(verdict.Degraded);
        Assert.Equal(
            "degraded: interactions endpoint ready; run store unreachable since 2026-11-25 11:59:18Z (45 s): new runs are refused until it is back",
            verdict.Line);
    }

    [Fact]
    public void Judge_NotReadyAndStoreUnreachable_IsUnhealthy()
    {
        var content = HealthStatus.Format(GatewayState.Connecting, Now, InteractionDelivery.Gateway, new RunStoreReport(true, false, Now));

        var verdict = HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60));

        Assert.False(verdict.Healthy);
        Assert.StartsWith("unhealthy: gateway connecting; run store unreachable since 2026-11-25 12:00:00Z (0 s)", verdict.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NoStoreConfigured_SaysNothingAboutIt()
    {
        var content = HealthStatus.Format(GatewayState.Ready, Now, InteractionDelivery.Gateway, RunStoreReport.InMemory);

        Assert.Equal(new HealthVerdict(true, false, "gateway ready"), HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Judge_TheOlderTwoFieldFormat_StillReads()
    {
        var content = "Ready " + Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new HealthVerdict(true, false, "gateway ready"), HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60)));
    }
}
