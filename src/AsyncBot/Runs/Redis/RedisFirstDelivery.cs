using AsyncBot.Commands.Delivery;
using AsyncBot.Discord;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// The <see cref="IFirstDelivery"/> replicas share: the first <c>SET key replica NX PX ttl</c> on an interaction's
/// key wins, on whichever replica. If the store cannot answer within <see cref="ClaimTimeout"/> the delivery is
/// handled (a store outage must never make the bot ignore people), with a warning at most once per
/// <see cref="WarnEvery"/>.
/// </summary>
internal sealed partial class RedisFirstDelivery : IFirstDelivery
{
    /// <summary>
    /// How long a claim lives in the store: the interaction token's lifetime, after which no duplicate could be
    /// answered anyway. Keys are tiny and a busy bot sees a few thousand interactions in that time.
    /// </summary>
    public static readonly TimeSpan ClaimLifetime = DiscordLimits.InteractionTokenLifetime;

    /// <summary>How long the claim may take before the delivery is handled unclaimed: a small slice of the 3 s window.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>The least time between two "store unreachable" warnings, so an outage does not flood the log.</summary>
    public static readonly TimeSpan WarnEvery = TimeSpan.FromMinutes(1);

    private readonly IConnectionMultiplexer _store;
    private readonly RunStoreKeys _keys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisFirstDelivery> _logger;
    private long _lastWarningTicks = long.MinValue;
    private long _suppressed;

    public RedisFirstDelivery(IConnectionMultiplexer store, IOptions<StateOptions> options, TimeProvider timeProvider, ILogger<RedisFirstDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _keys = new RunStoreKeys(options.Value.KeyPrefix);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>What this process writes as the claim's value: enough to find the replica that handled it.</summary>
    public string ReplicaName { get; } = Environment.MachineName + ":" + Environment.ProcessId + ":" + Guid.NewGuid().ToString("N")[..8];

    public async ValueTask<bool> TryClaimAsync(string interactionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interactionId);
        try
        {
            return await _store.GetDatabase()
                .StringSetAsync(_keys.Delivery(interactionId), ReplicaName, ClaimLifetime, When.NotExists)
                .WaitAsync(ClaimTimeout, _timeProvider, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            WarnRateLimited(ex);
            return true;
        }
    }

    private void WarnRateLimited(Exception exception)
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (last != long.MinValue && now - last < WarnEvery.Ticks)
        {
            Interlocked.Increment(ref _suppressed);
            return;
        }

        if (Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
        {
            LogUnreachable(_logger, Interlocked.Exchange(ref _suppressed, 0), exception);
        }
        else
        {
            Interlocked.Increment(ref _suppressed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run store unreachable while claiming an interaction: handling it without the duplicate check ({Suppressed} more since the last warning)")]
    private static partial void LogUnreachable(ILogger logger, long suppressed, Exception exception);
}
