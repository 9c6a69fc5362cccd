using AsyncBot.Discord.Gateway;
using AsyncBot.Sharding;
using AsyncBot.Tests.Runs.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>Two bot hosts running shards 0/2 and 1/2 of one bot, sharing one Garnet, against one fake Discord.</summary>
[Collection(RealTimeTests.Name)]
public sealed class ShardedIdentifyEndToEndTests
{
    [Fact]
    public async Task TwoShardsInOneBucket_IdentifyAtLeastFiveSecondsApart_WithoutARefusal()
    {
        using var garnet = new GarnetRig();
        var prefix = "t" + Guid.NewGuid().ToString("N");
        await using var first = await BotHarness.StartAsync(
            Settings(garnet, prefix, shard: 0),
            gatewayOptions: g =>
            {
                g.Shards = 2;
                g.MaxConcurrency = 1;
                g.PaceIdentifiesByBucket = true;
            });
        Assert.IsType<RedisIdentifyGate>(first.Host.Services.GetRequiredService<IIdentifyGate>());

        using var second = await first.StartAnotherBotAsync(Settings(garnet, prefix, shard: 1));
        try
        {
            await first.Gateway.WaitUntilAsync(g => g.ReadyCount == 2, TimeSpan.FromSeconds(30));
        }
        finally
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await second.StopAsync(stop.Token);
        }

        var identifies = first.Gateway.Identifies;
        Assert.All(identifies, i => Assert.True(i.Accepted, $"shard {i.ShardId} was refused at {i.At:O}"));
        Assert.Equal([(0, 2), (1, 2)], identifies.Select(i => (i.ShardId, i.ShardCount)));
        var gap = identifies[1].At - identifies[0].At;
        Assert.True(gap >= IdentifyTurn.Window, $"shards identified {gap.TotalMilliseconds} ms apart");
        Assert.True(gap < TimeSpan.FromSeconds(15), $"shard 1 waited {gap.TotalMilliseconds} ms, far longer than its turn");
    }

    private static Dictionary<string, string?> Settings(GarnetRig garnet, string prefix, int shard) => new()
    {
        ["Discord:ShardId"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Discord:ShardCount"] = "2",
        ["Discord:RegisterCommands"] = shard == 0 ? "true" : "false",
        ["State:Redis"] = garnet.ConnectionString,
        ["State:KeyPrefix"] = prefix,
    };
}
