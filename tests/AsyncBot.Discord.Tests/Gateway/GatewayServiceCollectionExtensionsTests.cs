using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDiscordGateway_ExposesOneClientThroughBothPorts()
    {
        using var provider = new ServiceCollection().AddLogging().AddDiscordGateway().BuildServiceProvider();

        var client = provider.GetRequiredService<GatewayClient>();

        Assert.Same(client, provider.GetRequiredService<IGatewayStatus>());
        Assert.Same(client, provider.GetRequiredService<IInteractionSource>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(GatewayState.Disconnected, client.State);
    }

    [Fact]
    public void AddDiscordGateway_KeepsATimeProviderRegisteredEarlier()
    {
        var time = new FakeTimeProvider();
        using var provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddDiscordGateway().BuildServiceProvider();

        Assert.Same(time, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddDiscordGateway_InvalidTuning_FailsValidation()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddDiscordGateway(o => (o.RecentInteractionCapacity, o.CloseTimeout) = (0, TimeSpan.Zero))
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GatewayOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains(nameof(GatewayOptions.RecentInteractionCapacity), StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains(nameof(GatewayOptions.CloseTimeout), StringComparison.Ordinal));
    }
}
