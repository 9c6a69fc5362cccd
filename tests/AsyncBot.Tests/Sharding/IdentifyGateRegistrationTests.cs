using AsyncBot.Discord.Gateway;
using AsyncBot.Runs.Redis;
using AsyncBot.Sharding;
using AsyncBot.Tests.Runs.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Tests.Sharding;

/// <summary><c>State:Redis</c> chooses the identify gate the gateway client uses.</summary>
public sealed class IdentifyGateRegistrationTests : IClassFixture<GarnetRig>
{
    private readonly GarnetRig _garnet;

    public IdentifyGateRegistrationTests(GarnetRig garnet) => _garnet = garnet;

    [Fact]
    public async Task WithoutStore_PacesInThisProcess()
    {
        await using var provider = Build(new Dictionary<string, string?>());

        Assert.IsType<InProcessIdentifyGate>(provider.GetRequiredService<IIdentifyGate>());
        Assert.NotNull(provider.GetRequiredService<GatewayClient>());
    }

    [Fact]
    public async Task WithStore_SharesTurnsThroughIt()
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["State:Redis"] = _garnet.ConnectionString,
            ["State:KeyPrefix"] = "t" + Guid.NewGuid().ToString("N"),
        });

        var gate = Assert.IsType<RedisIdentifyGate>(provider.GetRequiredService<IIdentifyGate>());
        Assert.NotNull(provider.GetRequiredService<GatewayClient>());
        Assert.Equal(TimeSpan.Zero, await gate.TryClaimAsync(new IdentifyTurn(0, 1, 1)));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdentifyGate();
        services.AddDiscordGateway();
        services.AddRunState(configuration);
        return services.BuildServiceProvider();
    }
}
