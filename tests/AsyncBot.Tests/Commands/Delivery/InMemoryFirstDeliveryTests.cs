using AsyncBot.Commands.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Commands.Delivery;

public sealed class InMemoryFirstDeliveryTests
{
    [Fact]
    public async Task The_first_delivery_wins_and_a_repeat_within_the_lifetime_loses()
    {
        var time = new FakeTimeProvider();
        var claims = new InMemoryFirstDelivery(time);

        Assert.True(await claims.TryClaimAsync("1", CancellationToken.None));
        time.Advance(InMemoryFirstDelivery.Lifetime - TimeSpan.FromSeconds(1));
        Assert.False(await claims.TryClaimAsync("1", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("2", CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_expires_after_its_lifetime_and_is_forgotten()
    {
        var time = new FakeTimeProvider();
        var claims = new InMemoryFirstDelivery(time);
        Assert.True(await claims.TryClaimAsync("1", CancellationToken.None));

        time.Advance(InMemoryFirstDelivery.Lifetime);

        Assert.True(await claims.TryClaimAsync("1", CancellationToken.None));
        Assert.Equal(1, claims.Count);
    }

    [Fact]
    public async Task Past_the_capacity_the_oldest_claims_are_forgotten_first()
    {
        var time = new FakeTimeProvider();
        var claims = new InMemoryFirstDelivery(time);
        for (var i = 0; i < InMemoryFirstDelivery.Capacity + 10; i++)
        {
            Assert.True(await claims.TryClaimAsync("id" + i, CancellationToken.None));
        }

        Assert.Equal(InMemoryFirstDelivery.Capacity, claims.Count);
        Assert.True(await claims.TryClaimAsync("id0", CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("id" + (InMemoryFirstDelivery.Capacity + 9), CancellationToken.None));
    }
}
