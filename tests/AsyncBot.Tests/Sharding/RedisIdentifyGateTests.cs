using AsyncBot.Discord.Gateway;
using AsyncBot.Runs.Redis;
using AsyncBot.Sharding;
using AsyncBot.Tests.Runs.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using StackExchange.Redis;

namespace AsyncBot.Tests.Sharding;

/// <summary>Identify turns shared through a real Garnet by gates on separate connections, as separate processes have.</summary>
public sealed class RedisIdentifyGateTests : IClassFixture<GarnetRig>, IAsyncDisposable
{
    private readonly GarnetRig _garnet;
    private readonly FakeTimeProvider _time = new();
    private readonly List<IConnectionMultiplexer> _connections = [];

    // Each test keeps its own keys on the shared server.
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N");

    public RedisIdentifyGateTests(GarnetRig garnet) => _garnet = garnet;

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task SameBucket_SecondGateWaitsUntilTheFirstsFiveSecondsAreOverInTheStore()
    {
        var a = Gate(_garnet);
        var b = Gate(_garnet);

        Assert.Equal(TimeSpan.Zero, await a.TryClaimAsync(new IdentifyTurn(0, 2, 1)));
        var wait = await b.TryClaimAsync(new IdentifyTurn(1, 2, 1));

        Assert.InRange(wait, TimeSpan.FromSeconds(4), IdentifyTurn.Window);

        // The replica's clock moving on does not free the bucket: the store's clock keeps the 5 s.
        _time.Advance(IdentifyTurn.Window);
        Assert.InRange(await b.TryClaimAsync(new IdentifyTurn(1, 2, 1)), TimeSpan.FromMilliseconds(1), wait);

        var key = new IdentifyGateKeys(_prefix).Bucket(0);
        var db = Store(_garnet).GetDatabase();
        Assert.Equal("0", (string?)await db.StringGetAsync(key));
        Assert.InRange(await db.KeyTimeToLiveAsync(key) ?? TimeSpan.Zero, TimeSpan.FromMilliseconds(1), IdentifyTurn.Window);

        // The store ends the window (ended early here instead of sleeping through it): the waiting shard gets its turn.
        await db.KeyDeleteAsync(key);
        Assert.Equal(TimeSpan.Zero, await b.TryClaimAsync(new IdentifyTurn(1, 2, 1)));
        Assert.Equal("1", (string?)await db.StringGetAsync(key));
        Assert.False(b.UsingFallback);
    }

    [Fact]
    public async Task IdentifySending_HoldsTheBucketForFiveSecondsFromThere()
    {
        var a = Gate(_garnet);
        var key = new IdentifyGateKeys(_prefix).Bucket(0);
        var db = Store(_garnet).GetDatabase();
        Assert.Equal(TimeSpan.Zero, await a.TryClaimAsync(new IdentifyTurn(0, 2, 1)));
        await db.KeyDeleteAsync(key);

        a.IdentifySending(new IdentifyTurn(0, 2, 1));

        // Fire and forget: the gate's next command, pipelined on the same connection, is answered after it.
        Assert.True(await a.TryClaimAsync(new IdentifyTurn(9, 10, 1)) > TimeSpan.FromSeconds(4));
        Assert.Equal("0", (string?)await db.StringGetAsync(key));
        Assert.InRange(await db.KeyTimeToLiveAsync(key) ?? TimeSpan.Zero, TimeSpan.FromSeconds(4), IdentifyTurn.Window);
    }

    [Fact]
    public async Task MaxConcurrencyTwo_ShardsZeroAndOneGoAtOnce_ShardTwoSharesShardZerosBucket()
    {
        var a = Gate(_garnet);
        var b = Gate(_garnet);
        var c = Gate(_garnet);

        Assert.Equal(TimeSpan.Zero, await a.TryClaimAsync(new IdentifyTurn(0, 4, 2)));
        Assert.Equal(TimeSpan.Zero, await b.TryClaimAsync(new IdentifyTurn(1, 4, 2)));
        Assert.True(await c.TryClaimAsync(new IdentifyTurn(2, 4, 2)) > TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task OtherKeyPrefix_IsAnotherBot_AndDoesNotWait()
    {
        var a = Gate(_garnet);
        var otherBot = Gate(_garnet, prefix: _prefix + "-other");

        Assert.Equal(TimeSpan.Zero, await a.TryClaimAsync(new IdentifyTurn(0, 1, 1)));
        Assert.Equal(TimeSpan.Zero, await otherBot.TryClaimAsync(new IdentifyTurn(0, 1, 1)));
    }

    [Fact]
    public async Task StoreDown_FallsBackToInProcessPacingWithOneWarning_ThenSharesAgainWhenItIsBack()
    {
        using var garnet = new GarnetRig();
        var logger = new Mock<ILogger>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        var gate = Gate(garnet, logger.Object);
        Assert.Equal(TimeSpan.Zero, await gate.TryClaimAsync(new IdentifyTurn(0, 2, 1)));
        _time.Advance(IdentifyTurn.Window);

        garnet.Stop();
        var first = await gate.TryClaimAsync(new IdentifyTurn(0, 2, 1));
        var second = await gate.TryClaimAsync(new IdentifyTurn(1, 2, 1));
        _time.Advance(TimeSpan.FromSeconds(2));
        var later = await gate.TryClaimAsync(new IdentifyTurn(1, 2, 1));
        _time.Advance(TimeSpan.FromSeconds(3));
        var after = await gate.TryClaimAsync(new IdentifyTurn(1, 2, 1));

        Assert.True(gate.UsingFallback);
        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(IdentifyTurn.Window, second);
        Assert.Equal(TimeSpan.FromSeconds(3), later);
        Assert.Equal(TimeSpan.Zero, after);
        logger.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);

        garnet.Restart();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        do
        {
            await Task.Delay(100);
            _time.Advance(IdentifyTurn.Window);
            await gate.TryClaimAsync(new IdentifyTurn(0, 2, 1));
        }
        while (gate.UsingFallback && DateTime.UtcNow < deadline);

        Assert.False(gate.UsingFallback);
        Assert.True(await Gate(garnet).TryClaimAsync(new IdentifyTurn(1, 2, 1)) > TimeSpan.Zero);
    }

    private RedisIdentifyGate Gate(GarnetRig garnet, ILogger? logger = null, string? prefix = null)
    {
        var state = new StateOptions { Redis = garnet.ConnectionString, KeyPrefix = prefix ?? _prefix };
        return new RedisIdentifyGate(
            Store(garnet, state),
            Microsoft.Extensions.Options.Options.Create(state),
            _time,
            logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisIdentifyGate>.Instance);
    }

    private IConnectionMultiplexer Store(GarnetRig garnet, StateOptions? state = null)
    {
        var connection = RunStoreConnection.Connect(state ?? new StateOptions { Redis = garnet.ConnectionString, KeyPrefix = _prefix }, null);
        _connections.Add(connection);
        return connection;
    }
}
