using System.Globalization;
using AsyncBot.Discord.Gateway;
using AsyncBot.Runs.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Sharding;

/// <summary>
/// Identify turns shared by every process pointed at the same Redis-protocol store: a shard takes its bucket with
/// <c>SET key shard NX PX 5000</c>, and a shard that finds the key held asks again after its <c>PTTL</c>. The 5 s
/// run on the store's clock, so processes whose clocks disagree still keep them.
/// </summary>
/// <remarks>
/// When the store cannot be reached the gate paces this process's shards by itself and warns: a shard that cannot
/// identify serves no one, while a shard of another process identifying in the same 5 s only costs an op 9 from
/// Discord and a retry. Turns this process took in the store are noted locally too, so the fallback starts from them.
/// </remarks>
internal sealed class RedisIdentifyGate : IIdentifyGate
{
    /// <summary>How soon to ask again when the key vanished or had no expiry between SET and PTTL.</summary>
    internal static readonly TimeSpan RetrySoon = TimeSpan.FromMilliseconds(100);

    private readonly IConnectionMultiplexer _redis;
    private readonly IdentifyGateKeys _keys;
    private readonly InProcessIdentifyGate _local;
    private readonly ILogger _logger;
    private int _storeDown;

    public RedisIdentifyGate(IConnectionMultiplexer redis, IOptions<StateOptions> state, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        _redis = redis;
        _keys = new IdentifyGateKeys(state.Value.KeyPrefix);
        _local = new InProcessIdentifyGate(time);
        _logger = logger;
    }

    /// <summary>Whether the last attempt failed to reach the store, so turns are paced in this process only.</summary>
    public bool UsingFallback => Volatile.Read(ref _storeDown) == 1;

    public bool SpansProcesses => true;

    public async ValueTask<TimeSpan> TryClaimAsync(IdentifyTurn turn, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = _keys.Bucket(turn.Bucket);
        var db = _redis.GetDatabase();
        TimeSpan wait;
        try
        {
            var shard = turn.ShardId.ToString(CultureInfo.InvariantCulture);
            var taken = await db.StringSetAsync(key, shard, IdentifyTurn.Window, When.NotExists)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            if (taken)
            {
                _local.TryClaim(turn);
                wait = TimeSpan.Zero;
            }
            else
            {
                var ttl = await db.KeyTimeToLiveAsync(key).WaitAsync(cancellationToken).ConfigureAwait(false);
                wait = ttl is { } left && left > TimeSpan.Zero ? left : RetrySoon;
                IdentifyGateLog.BucketHeld(_logger, turn.Bucket, (long)wait.TotalMilliseconds);
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            if (Interlocked.Exchange(ref _storeDown, 1) == 0)
            {
                IdentifyGateLog.StoreUnreachable(_logger, turn.ShardId, e);
            }

            return _local.TryClaim(turn);
        }

        if (Interlocked.Exchange(ref _storeDown, 0) == 1)
        {
            IdentifyGateLog.StoreBack(_logger);
        }

        return wait;
    }

    public void IdentifySending(IdentifyTurn turn)
    {
        _local.IdentifySending(turn);
        try
        {
            // Fire and forget: this runs on the send path, and the SET reaches the store before the Identify reaches
            // Discord. Overwriting is right even if the key aged out meanwhile: it only holds the bucket longer.
            var shard = turn.ShardId.ToString(CultureInfo.InvariantCulture);
            _redis.GetDatabase().StringSet(_keys.Bucket(turn.Bucket), shard, IdentifyTurn.Window, When.Always, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The store is away: the local note above is all the pacing there is, as in TryClaimAsync.
            if (Interlocked.Exchange(ref _storeDown, 1) == 0)
            {
                IdentifyGateLog.StoreUnreachable(_logger, turn.ShardId, e);
            }
        }
    }
}
