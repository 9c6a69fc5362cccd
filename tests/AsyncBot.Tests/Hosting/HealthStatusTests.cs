using AsyncBot.Discord.Gateway;
using AsyncBot.Hosting;

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

        var (healthy, reason) = HealthStatus.Judge(content, Now, TimeSpan.FromSeconds(60));

        Assert.False(healthy);
        Assert.Contains("300 s old", reason, StringComparison.Ordinal);
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
}
