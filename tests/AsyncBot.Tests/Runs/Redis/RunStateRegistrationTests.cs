using AsyncBot.Runs;
using AsyncBot.Runs.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary><c>State:Redis</c> chooses the registry: empty keeps runs in memory, a connection string shares them.</summary>
public sealed class RunStateRegistrationTests : IClassFixture<GarnetRig>
{
    private readonly GarnetRig _garnet;

    public RunStateRegistrationTests(GarnetRig garnet) => _garnet = garnet;

    [Fact]
    public async Task AddRunState_WithoutStore_KeepsRunsInMemory()
    {
        await using var provider = Build(new Dictionary<string, string?>());

        Assert.IsType<InMemoryRunRegistry>(provider.GetRequiredService<IRunRegistry>());
    }

    [Fact]
    public async Task AddRunState_WithStore_SharesRunsThroughIt()
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["State:Redis"] = _garnet.ConnectionString,
            ["State:KeyPrefix"] = "t" + Guid.NewGuid().ToString("N"),
        });

        var registry = Assert.IsType<RedisRunRegistry>(provider.GetRequiredService<IRunRegistry>());
        await using var run = (await registry.TryStartAsync("r1", "u1")).Run;
        Assert.NotNull(run);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRunState(configuration);
        services.AddAsyncBotRuns();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false });
    }
}
