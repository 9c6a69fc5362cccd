using AsyncBot.Options;
using AsyncBot.Runs.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using StackExchange.Redis;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>
/// One "replica": its own connection to the shared store and its own <see cref="RedisRunRegistry"/>, as a separate
/// process would have. Replicas built with the same key prefix share limits.
/// </summary>
internal sealed class ReplicaRig : IAsyncDisposable
{
    private readonly IConnectionMultiplexer _connection;

    public ReplicaRig(GarnetRig garnet, string prefix, TimeProvider time, int perUser = 2, int total = 50, int renewSeconds = 3)
    {
        var state = new StateOptions { Redis = garnet.ConnectionString, KeyPrefix = prefix, RenewSeconds = renewSeconds };
        State = state;
        var limits = new Mock<IOptionsMonitor<LimitsOptions>>();
        limits.Setup(m => m.CurrentValue).Returns(new LimitsOptions { RunsPerUser = perUser, RunsTotal = total });
        _connection = RunStoreConnection.Connect(state, null);

        // The product connects in the background and gets on with it; a test starts connected, so that a connection
        // made late cannot renew this replica's leases (on being "restored") behind the test's back.
        WaitUntilConnected();
        _connection.GetDatabase().Ping();
        Registry = new RedisRunRegistry(_connection, Microsoft.Extensions.Options.Options.Create(state), limits.Object, time, NullLogger<RedisRunRegistry>.Instance);
    }

    public RedisRunRegistry Registry { get; }

    /// <summary>This replica's own connection to the store.</summary>
    public IConnectionMultiplexer Connection => _connection;

    /// <summary>Its settings: the store, the key prefix, the lease and its renewal.</summary>
    public StateOptions State { get; }

    /// <summary>Waits (real time, up to 30 s) until this replica's connection is up: at start, or after the store restarted.</summary>
    public void WaitUntilConnected()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!_connection.IsConnected && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
    }

    /// <summary>The replica dies without a goodbye: renewal stops, nothing is released.</summary>
    public async ValueTask DisposeAsync()
    {
        await Registry.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
