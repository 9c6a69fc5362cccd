using AsyncBot.Runs.Redis;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>Interaction claims on a real store (Garnet) shared by two replicas' connections.</summary>
public sealed class RedisInteractionClaimsTests
{
    [Fact]
    public async Task TryClaim_FiftyAtOnceOverTwoReplicas_ExactlyOneWins()
    {
        using var garnet = new GarnetRig();
        var state = Microsoft.Extensions.Options.Options.Create(new StateOptions { Redis = garnet.ConnectionString, KeyPrefix = "claims-" + Guid.NewGuid().ToString("N") });
        await using var one = RunStoreConnection.Connect(state.Value, null);
        await using var two = RunStoreConnection.Connect(state.Value, null);
        var a = new RedisInteractionClaims(one, state, TimeProvider.System, NullLogger<RedisInteractionClaims>.Instance);
        var b = new RedisInteractionClaims(two, state, TimeProvider.System, NullLogger<RedisInteractionClaims>.Instance);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? a : b).TryClaimAsync("1306561934786719786").AsTask()));

        Assert.Single(results, won => won);
        Assert.True(await a.TryClaimAsync("another"));
    }

    [Fact]
    public async Task TryClaim_StoreAway_GrantsTheClaimRatherThanIgnoringTheUser()
    {
        using var garnet = new GarnetRig();
        var state = Microsoft.Extensions.Options.Options.Create(new StateOptions { Redis = garnet.ConnectionString });
        await using var connection = RunStoreConnection.Connect(state.Value, null);
        var claims = new RedisInteractionClaims(connection, state, TimeProvider.System, NullLogger<RedisInteractionClaims>.Instance);
        Assert.True(await claims.TryClaimAsync("1"));

        garnet.Stop();

        Assert.True(await claims.TryClaimAsync("1"));
        Assert.True(await claims.TryClaimAsync("1"));
    }
}
