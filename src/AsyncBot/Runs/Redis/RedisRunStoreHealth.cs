using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// Whether the run store answers, found out by asking it: <see cref="RunStoreHealthProbe"/> sends a PING every
/// <see cref="ProbeEvery"/> and gives it <see cref="ProbeTimeout"/> on the host's clock. The outage's start is the
/// send time of the first PING that went unanswered.
/// </summary>
/// <remarks>
/// The multiplexer's own view (<c>IsConnected</c>, its connection events) changes only when a connection closes. A
/// store that hangs with its connections open — a paused process, a partition that drops packets — stays
/// "connected" until the keep-alive gives up, about a minute later, while every claim and admission times out
/// meanwhile; a PING with a deadline sees it at the next probe.
/// </remarks>
internal sealed partial class RedisRunStoreHealth(IConnectionMultiplexer redis, TimeProvider time, ILogger<RedisRunStoreHealth> logger)
    : IRunStoreHealth
{
    /// <summary>How often the store is asked: within one <c>Health:IntervalSeconds</c> (10 s) of any change.</summary>
    public static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a PING may take. A store that answers at all does so in a millisecond or two; one that needs more
    /// than this leaves every admission and claim on Discord's 3-second path failing anyway.
    /// </summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private bool _probed;
    private bool _reachable;
    private DateTimeOffset? _unreachableSince;
    private int _probes;

    /// <summary>How many probes have finished, for tests that step the clock between them.</summary>
    internal int Probes => Volatile.Read(ref _probes);

    public RunStoreReport Report()
    {
        lock (_gate)
        {
            if (!_probed)
            {
                // Before the first answer the connection is all there is to go by: the start waited for it.
                Record(redis.IsConnected, time.GetUtcNow());
            }

            return new RunStoreReport(true, _reachable, _unreachableSince);
        }
    }

    /// <summary>Asks the store once and records the answer. The probe calls it on its timer; tests may call it directly.</summary>
    internal async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var sent = time.GetUtcNow();
        string? failure = null;
        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(ProbeTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            failure = $"no answer to PING within {ProbeTimeout.TotalSeconds:F0} s";
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            failure = e.Message;
        }

        TimeSpan? outage;
        bool wasReachable;
        lock (_gate)
        {
            wasReachable = !_probed || _reachable;
            outage = _unreachableSince is { } since ? time.GetUtcNow() - since : null;
            _probed = true;
            Record(failure is null, sent);
        }

        Interlocked.Increment(ref _probes);

        if (failure is not null && wasReachable)
        {
            LogUnreachable(logger, failure);
        }
        else if (failure is null && outage is { } length)
        {
            LogBack(logger, length.TotalSeconds);
        }
    }

    private void Record(bool reachable, DateTimeOffset at)
    {
        _reachable = reachable;
        _unreachableSince = reachable ? null : _unreachableSince ?? at;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run store unreachable ({Reason}): new runs are refused until it is back; health reports it")]
    private static partial void LogUnreachable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run store answers again after {Seconds:F0} s unreachable")]
    private static partial void LogBack(ILogger logger, double seconds);
}
