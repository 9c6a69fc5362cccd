using AsyncBot.Runs.Redis;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

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

        // A clock that never moves: the claims' half-second timeout (which grants a claim unchecked) cannot fire, so
        // a busy machine's slow answers cannot pass for a store that let two replicas win.
        var time = new FakeTimeProvider();
        var a = new RedisInteractionClaims(one, state, time, NullLogger<RedisInteractionClaims>.Instance);
        var b = new RedisInteractionClaims(two, state, time, NullLogger<RedisInteractionClaims>.Instance);

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

    [Fact]
    public async Task TryClaim_StoreAway_WarnsAtOnceThenAtMostOnceAMinute()
    {
        using var garnet = new GarnetRig();
        var state = Microsoft.Extensions.Options.Options.Create(new StateOptions { Redis = garnet.ConnectionString });
        await using var connection = RunStoreConnection.Connect(state.Value, null);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
        var logger = new RecordingLogger<RedisInteractionClaims>();
        var claims = new RedisInteractionClaims(connection, state, time, logger);
        garnet.Stop();

        Assert.True(await claims.TryClaimAsync("1"));
        Assert.True(await claims.TryClaimAsync("2"));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.True(await claims.TryClaimAsync("3"));
        var withinTheMinute = logger.At(LogLevel.Warning);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await claims.TryClaimAsync("4"));

        Assert.Equal(["1"], withinTheMinute.Select(IdIn));
        Assert.Equal(["1", "4"], logger.At(LogLevel.Warning).Select(IdIn));
    }

    private static string IdIn(string message) => message.Split(' ').Single(word => word.Length > 0 && word.All(char.IsAsciiDigit));
}
