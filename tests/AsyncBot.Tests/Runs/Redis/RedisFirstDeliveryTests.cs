using AsyncBot.Runs.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>Interaction claims on a real Garnet: one winner across replicas, and the bot still answers without it.</summary>
public sealed class RedisFirstDeliveryTests
{
    [Fact]
    public async Task Fifty_concurrent_claims_of_one_id_on_two_replicas_have_exactly_one_winner()
    {
        using var garnet = new GarnetRig();
        await using var storeA = await ConnectionMultiplexer.ConnectAsync(garnet.ConnectionString);
        await using var storeB = await ConnectionMultiplexer.ConnectAsync(garnet.ConnectionString);
        var options = Microsoft.Extensions.Options.Options.Create(new StateOptions { Redis = garnet.ConnectionString, KeyPrefix = "t" + Guid.NewGuid().ToString("N") });
        var a = new RedisFirstDelivery(storeA, options, TimeProvider.System, NullLogger<RedisFirstDelivery>.Instance);
        var b = new RedisFirstDelivery(storeB, options, TimeProvider.System, NullLogger<RedisFirstDelivery>.Instance);

        var claims = Enumerable.Range(0, 50)
            .Select(i => Task.Run(async () => await (i % 2 == 0 ? a : b).TryClaimAsync("123456789", CancellationToken.None)));
        var won = await Task.WhenAll(claims);

        Assert.Single(won, w => w);
        var key = new RunStoreKeys(options.Value.KeyPrefix).Delivery("123456789");
        var ttl = await storeA.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, RedisFirstDelivery.ClaimLifetime - TimeSpan.FromMinutes(1), RedisFirstDelivery.ClaimLifetime);
        Assert.True(await a.TryClaimAsync("another", CancellationToken.None));
    }

    [Fact]
    public async Task With_the_store_stopped_every_delivery_is_handled()
    {
        using var garnet = new GarnetRig();
        await using var store = await ConnectionMultiplexer.ConnectAsync(garnet.ConnectionString + ",abortConnect=false");
        var options = Microsoft.Extensions.Options.Options.Create(new StateOptions { Redis = garnet.ConnectionString });
        var claims = new RedisFirstDelivery(store, options, TimeProvider.System, NullLogger<RedisFirstDelivery>.Instance);
        Assert.True(await claims.TryClaimAsync("1", CancellationToken.None));

        garnet.Stop();

        Assert.True(await claims.TryClaimAsync("1", CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await claims.TryClaimAsync("2", CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
