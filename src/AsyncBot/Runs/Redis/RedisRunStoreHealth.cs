using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// The store's reachability as StackExchange.Redis sees it: connected or not. The multiplexer heartbeats its
/// connections every second and drops one that stops answering, so a hung store shows here as well as a stopped
/// one. The outage's start is stamped on the host's clock when it is first seen — by a connection event or a report.
/// </summary>
internal sealed class RedisRunStoreHealth : IRunStoreHealth, IDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset? _unreachableSince;

    public RedisRunStoreHealth(IConnectionMultiplexer redis, TimeProvider time)
    {
        _redis = redis;
        _time = time;
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;
    }

    public RunStoreReport Report()
    {
        var reachable = _redis.IsConnected;
        lock (_gate)
        {
            if (reachable)
            {
                _unreachableSince = null;
            }
            else
            {
                _unreachableSince ??= _time.GetUtcNow();
            }

            return new RunStoreReport(true, reachable, _unreachableSince);
        }
    }

    public void Dispose()
    {
        _redis.ConnectionFailed -= OnConnectionFailed;
        _redis.ConnectionRestored -= OnConnectionRestored;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        lock (_gate)
        {
            _unreachableSince ??= _time.GetUtcNow();
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => Report();
}
