using AsyncBot.Runs;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs;

public sealed class InMemoryInteractionClaimsTests
{
    [Fact]
    public async Task TryClaim_ARepeatWithinItsMemory_IsRefused_ThenForgotten()
    {
        var time = new FakeTimeProvider();
        var claims = new InMemoryInteractionClaims(time);

        Assert.True(await claims.TryClaimAsync("1"));
        Assert.False(await claims.TryClaimAsync("1"));
        Assert.True(await claims.TryClaimAsync("2"));
        time.Advance(InMemoryInteractionClaims.Memory - TimeSpan.FromSeconds(1));
        Assert.False(await claims.TryClaimAsync("1"));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await claims.TryClaimAsync("1"));
    }

    [Fact]
    public async Task TryClaim_MoreIdsThanItsCapacity_ForgetsTheOldestAndStaysBounded()
    {
        var claims = new InMemoryInteractionClaims(new FakeTimeProvider());

        for (var i = 0; i < InMemoryInteractionClaims.Capacity + 10; i++)
        {
            await claims.TryClaimAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(InMemoryInteractionClaims.Capacity, claims.Count);
        Assert.True(await claims.TryClaimAsync("0"));
        Assert.False(await claims.TryClaimAsync((InMemoryInteractionClaims.Capacity + 9).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
