using AsyncBot.Discord.Gateway;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;
using AsyncBot.Tests.Runs.Redis;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// Two processes of the real program running shards 0/2 and 1/2 of one bot, sharing one Garnet, against one fake
/// Discord that paces identifies per bucket as Discord does and refuses one that comes too early.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed class ShardedIdentifyEndToEndTests
{
    [Fact]
    public async Task TwoShardProcessesInOneBucket_IdentifyAtLeastFiveSecondsApart_WithoutARefusal()
    {
        using var garnet = new GarnetRig();
        var gateway = new FakeGateway();
        gateway.Options.Shards = 2;
        gateway.Options.MaxConcurrency = 1;
        gateway.Options.PaceIdentifiesByBucket = true;
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Modules = { gateway } });
        var prefix = "shards-" + Guid.NewGuid().ToString("N");

        // Both start at once: only the store can keep the second from identifying in the same moment.
        using var first = BotProcess.Start([], Environment(server, garnet, prefix, shard: 0));
        using var second = BotProcess.Start([], Environment(server, garnet, prefix, shard: 1));
        try
        {
            await gateway.WaitUntilAsync(g => g.ReadyCount == 2, TimeSpan.FromSeconds(45));
        }
        finally
        {
            first.Terminate();
            second.Terminate();
            await Task.WhenAll(first.WaitAsync(TimeSpan.FromSeconds(30)), second.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        var identifies = gateway.Identifies;
        Assert.All(identifies, i => Assert.True(i.Accepted, $"shard {i.ShardId} was refused at {i.At:O}"));
        Assert.Equal(0, gateway.RefusedIdentifyCount);
        Assert.Equal([(0, 2), (1, 2)], identifies.Select(i => (i.ShardId, i.ShardCount)).Order());
        var gap = identifies[1].At - identifies[0].At;
        Assert.True(gap >= IdentifyTurn.Window, $"shards identified {gap.TotalMilliseconds} ms apart");
        Assert.True(gap < TimeSpan.FromSeconds(15), $"the second shard waited {gap.TotalMilliseconds} ms, far longer than its turn");
    }

    private static Dictionary<string, string> Environment(FakeDiscordServer server, GarnetRig garnet, string prefix, int shard) => new()
    {
        ["DISCORD_TOKEN"] = server.Options.Token,
        ["Discord__ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
        ["Discord__ShardId"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Discord__ShardCount"] = "2",
        ["Discord__RegisterCommands"] = shard == 0 ? "true" : "false",
        ["State__Redis"] = garnet.ConnectionString,
        ["State__KeyPrefix"] = prefix,
        ["Health__File"] = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health"),
    };
}
