using System.Collections.Concurrent;
using AsyncBot.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// The <see cref="IRunRegistry"/> shared by replicas through a Redis-protocol store. Admission is one Lua script
/// over a total set and a per-user set of run ids scored by lease expiry; each replica renews the leases of the runs
/// it holds, so a dead replica's slots age out (and <see cref="LostRunReaper"/> tells its users); a Cancel click on
/// another replica reaches the holder over pub/sub.
/// </summary>
/// <remarks>
/// The runs themselves (their cancellation) stay in the process that admitted them; the store holds who owns what,
/// until when, and where to tell the user should this process die. When the store cannot be reached, admission
/// refuses (<see cref="RunRefusals.StoreUnavailable"/>) and runs already going finish, registered again once it is back.
/// </remarks>
internal sealed class RedisRunRegistry : IRunRegistry, IAsyncDisposable
{
    private const char Separator = '\n';

    private readonly ConcurrentDictionary<string, ActiveRun> _runs = new(StringComparer.Ordinal);

    // The runs whose leases this replica renews: admitted by the store (a run held while its admission is on the way
    // is not renewed, or the renewal would register it ahead of its admission) and not declared lost since. With
    // each, where its messages go, to write again should the store forget it.
    private readonly ConcurrentDictionary<string, RunReplyAddress?> _renewed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribeGate = new(1, 1);
    private readonly IConnectionMultiplexer _redis;
    private readonly IOptionsMonitor<LimitsOptions> _limits;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RunStoreKeys _keys;
    private readonly TimeSpan _lease;
    private readonly RedisChannel _myChannel;
    private readonly ITimer _renewal;
    private volatile bool _subscribed;
    private volatile bool _shuttingDown;
    private int _renewing;

    public RedisRunRegistry(
        IConnectionMultiplexer redis,
        IOptions<StateOptions> state,
        IOptionsMonitor<LimitsOptions> limits,
        TimeProvider time,
        ILogger<RedisRunRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        _redis = redis;
        _limits = limits;
        _time = time;
        _logger = logger;
        _keys = new RunStoreKeys(state.Value.KeyPrefix);
        _lease = TimeSpan.FromSeconds(state.Value.LeaseSeconds);
        _myChannel = _keys.CancelChannel(ReplicaId);
        var every = TimeSpan.FromSeconds(state.Value.RenewSeconds);
        _renewal = time.CreateTimer(static self => ((RedisRunRegistry)self!).OnRenewalDue(), this, every, every);

        // Back from an outage: renew at once rather than at the next tick, before another replica's sweep takes this
        // replica's lapsed leases for a death.
        _redis.ConnectionRestored += OnConnectionRestored;
    }

    /// <summary>This process's name in the store: fresh per start, so a restarted replica never renews a dead one's runs.</summary>
    public string ReplicaId { get; } = Guid.NewGuid().ToString("N");

    public int ActiveCount => _runs.Count;

    private IDatabase Db => _redis.GetDatabase();

    public ValueTask<RunAdmission> TryStartAsync(string runId, string ownerId, CancellationToken cancellationToken = default) =>
        StartAsync(runId, ownerId, null, cancellationToken);

    public ValueTask<RunAdmission> TryStartAsync(string runId, string ownerId, RunReplyAddress replyTo, CancellationToken cancellationToken = default) =>
        StartAsync(runId, ownerId, replyTo, cancellationToken);

    private async ValueTask<RunAdmission> StartAsync(string runId, string ownerId, RunReplyAddress? replyTo, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_shuttingDown)
        {
            return new RunAdmission(null, RunRefusals.ShuttingDown);
        }

        // Held locally before the store admits it, so a Cancel published the moment the slot is taken finds it.
        var cancellation = new CancellationTokenSource();
        var run = new ActiveRun(runId, ownerId, cancellation, ReleaseAsync);
        if (!_runs.TryAdd(runId, run))
        {
            cancellation.Dispose();
            return new RunAdmission(null, RunRefusals.AlreadyGoing);
        }

        string? refusal;
        try
        {
            await EnsureSubscribedAsync(cancellationToken).ConfigureAwait(false);
            refusal = await AdmitAsync(runId, ownerId, replyTo, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RunStoreLog.StoreUnreachable(_logger, "admit", runId, e);
            refusal = RunRefusals.StoreUnavailable;
        }
        catch (OperationCanceledException)
        {
            // The script may have taken the slot anyway; unrenewed, it ages out within one lease.
            Forget(run, cancellation);
            throw;
        }

        if (refusal is null)
        {
            _renewed[runId] = replyTo;
            return new RunAdmission(run, null);
        }

        Forget(run, cancellation);
        return new RunAdmission(null, refusal);
    }

    public async ValueTask<CancelOutcome> TryCancelAsync(string runId, string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_runs.TryGetValue(runId, out var local))
        {
            return CancelLocal(local, userId);
        }

        try
        {
            var fields = await Db.HashGetAsync(_keys.Run(runId), ["owner", "replica"]).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (fields[0].IsNull || fields[1] == ReplicaId)
            {
                // Unknown, or ours but no longer held here: it has finished.
                return CancelOutcome.NotFound;
            }

            if (fields[0] != userId)
            {
                return CancelOutcome.NotOwner;
            }

            var message = runId + Separator + userId;
            var heard = await _redis.GetSubscriber().PublishAsync(_keys.CancelChannel(fields[1]!), message)
                .WaitAsync(cancellationToken).ConfigureAwait(false);

            // Nobody listening: the holder is gone, and its run with it.
            return heard > 0 ? CancelOutcome.Cancelled : CancelOutcome.NotFound;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RunStoreLog.StoreUnreachable(_logger, "cancel", runId, e);
            return CancelOutcome.Unavailable;
        }
    }

    public ValueTask CancelAllAsync(CancellationToken cancellationToken = default)
    {
        _shuttingDown = true;
        foreach (var run in _runs.Values)
        {
            run.Cancel(byShutdown: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Says this replica is alive and extends the leases of every run it holds, registering again the runs the store
    /// forgot. The timer calls it, and so does a reconnection; tests may call it directly.
    /// </summary>
    internal async Task RenewLeasesAsync()
    {
        try
        {
            await HeartbeatAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RunStoreLog.StoreUnreachable(_logger, "heartbeat", ReplicaId, e);
        }

        var expiry = _time.GetUtcNow().Add(_lease).ToUnixTimeMilliseconds();
        var pending = new List<(ActiveRun Run, Task<RedisResult> Renewal)>();
        foreach (var run in _runs.Values)
        {
            if (_renewed.ContainsKey(run.Id))
            {
                RedisValue[] args = [run.Id, run.OwnerId, ReplicaId, expiry, LeaseMs, RecordMs, RunStoreScripts.KeepMs];
                pending.Add((run, Db.ScriptEvaluateAsync(RunStoreScripts.Renew, KeysOf(run.Id, run.OwnerId), args)));
            }
        }

        foreach (var (run, renewal) in pending)
        {
            try
            {
                switch ((int)await renewal.ConfigureAwait(false))
                {
                    case 0 when _renewed.TryRemove(run.Id, out _):
                        // Declared lost by another replica while this one could not reach the store for a whole lease:
                        // its user has been told. The run goes on rather than being cut short, uncounted.
                        RunStoreLog.LeaseLost(_logger, run.Id);
                        break;
                    case 2:
                        await RegisteredAgainAsync(run).ConfigureAwait(false);
                        break;
                }
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                RunStoreLog.StoreUnreachable(_logger, "renew", run.Id, e);
            }
        }
    }

    /// <summary>
    /// Says "this replica is alive" for one lease, on this replica's clock. A sweeping replica leaves the runs of a
    /// replica with a fresh heartbeat alone even when their leases have lapsed (renewals that failed while the store
    /// was away; the next renewal registers them again), and reaps them once the heartbeat, too, has expired.
    /// </summary>
    internal Task HeartbeatAsync()
    {
        RedisValue[] args = [ReplicaId, _time.GetUtcNow().Add(_lease).ToUnixTimeMilliseconds(), RunStoreScripts.KeepMs];
        return Db.ScriptEvaluateAsync(RunStoreScripts.Heartbeat, [_keys.Replicas], args);
    }

    /// <summary>Whether this process is running <paramref name="runId"/>: a reaper never takes such a run.</summary>
    internal bool Holds(string runId) => _runs.ContainsKey(runId);

    public async ValueTask DisposeAsync()
    {
        _redis.ConnectionRestored -= OnConnectionRestored;
        await _renewal.DisposeAsync().ConfigureAwait(false);
        if (_subscribed)
        {
            try
            {
                await _redis.GetSubscriber().UnsubscribeAsync(_myChannel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
            {
                // Going away anyway: the subscription dies with the connection (or died with it already).
            }
        }

        _subscribeGate.Dispose();
    }

    private async Task<string?> AdmitAsync(string runId, string ownerId, RunReplyAddress? replyTo, CancellationToken cancellationToken)
    {
        var limits = _limits.CurrentValue;
        var now = _time.GetUtcNow();
        RedisValue[] args =
        [
            runId, ownerId, ReplicaId, now.ToUnixTimeMilliseconds(), now.Add(_lease).ToUnixTimeMilliseconds(),
            limits.RunsPerUser, limits.RunsTotal, LeaseMs, RecordMs, RunStoreScripts.KeepMs,
            replyTo?.ApplicationId ?? string.Empty, replyTo?.Token ?? string.Empty, replyTo?.Command ?? string.Empty,
            ReplyMs(replyTo, now),
        ];
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(RunStoreScripts.Admit, KeysOf(runId, ownerId), args)
            .WaitAsync(cancellationToken).ConfigureAwait(false))!;
        return (int)result[0] switch
        {
            0 => null,
            1 => RunRefusals.AlreadyGoing,
            2 => RunRefusals.UserLimit((int)result[1]),
            _ => RunRefusals.TotalLimit((int)result[1]),
        };
    }

    private async ValueTask ReleaseAsync(ActiveRun run)
    {
        _runs.TryRemove(new KeyValuePair<string, ActiveRun>(run.Id, run));
        _renewed.TryRemove(run.Id, out _);
        try
        {
            RedisValue[] args = [run.Id, ReplicaId];
            await Db.ScriptEvaluateAsync(RunStoreScripts.Release, KeysOf(run.Id, run.OwnerId), args).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Unrenewed from now on, the slot ages out within one lease. (Disposed: a run outlived the host's
            // connection at shutdown; the same holds.)
            RunStoreLog.StoreUnreachable(_logger, "release", run.Id, e);
        }
    }

    private async Task EnsureSubscribedAsync(CancellationToken cancellationToken)
    {
        if (_subscribed)
        {
            return;
        }

        await _subscribeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_subscribed)
            {
                // StackExchange.Redis restores the subscription by itself after a reconnect.
                await _redis.GetSubscriber().SubscribeAsync(_myChannel, OnCancelMessage).WaitAsync(cancellationToken).ConfigureAwait(false);
                _subscribed = true;
            }
        }
        finally
        {
            _subscribeGate.Release();
        }
    }

    private void OnCancelMessage(RedisChannel channel, RedisValue message)
    {
        var text = (string?)message ?? string.Empty;
        var split = text.IndexOf(Separator, StringComparison.Ordinal);
        if (split > 0 && _runs.TryGetValue(text[..split], out var run))
        {
            // The sender checked the owner in the store; checking again costs nothing and guards a stale message.
            _ = CancelLocal(run, text[(split + 1)..]);
        }
    }

    private static CancelOutcome CancelLocal(ActiveRun run, string userId)
    {
        if (!string.Equals(run.OwnerId, userId, StringComparison.Ordinal))
        {
            return CancelOutcome.NotOwner;
        }

        run.Cancel(byShutdown: false);
        return CancelOutcome.Cancelled;
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => OnRenewalDue();

    private void OnRenewalDue()
    {
        // A renewal slower than the period (a store timing out) must not pile up behind itself.
        if (Interlocked.CompareExchange(ref _renewing, 1, 0) == 0)
        {
            _ = RenewThenResetAsync();
        }
    }

    private async Task RenewThenResetAsync()
    {
        try
        {
            await RenewLeasesAsync().ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _renewing, 0);
        }
    }

    /// <summary>
    /// The store had forgotten <paramref name="run"/> and <see cref="RunStoreScripts.Renew"/> registered it again:
    /// writes its reply address again, so that its user can still be told should this replica die. A run that ended
    /// while the renewal was on its way is released again instead.
    /// </summary>
    private async Task RegisteredAgainAsync(ActiveRun run)
    {
        if (!_runs.TryGetValue(run.Id, out var held) || !ReferenceEquals(held, run))
        {
            RedisValue[] release = [run.Id, ReplicaId];
            await Db.ScriptEvaluateAsync(RunStoreScripts.Release, KeysOf(run.Id, run.OwnerId), release).ConfigureAwait(false);
            return;
        }

        RunStoreLog.RegisteredAgain(_logger, run.Id);
        if (_renewed.TryGetValue(run.Id, out var replyTo) && replyTo is not null && ReplyMs(replyTo, _time.GetUtcNow()) is > 0 and var left)
        {
            RedisValue[] args = [ReplicaId, run.OwnerId, replyTo.ApplicationId, replyTo.Token, replyTo.Command ?? string.Empty, left];
            await Db.ScriptEvaluateAsync(RunStoreScripts.RestoreReply, [_keys.Run(run.Id), _keys.Reply(run.Id)], args).ConfigureAwait(false);
        }
    }

    // How long the store may keep a reply address: its token's life left; 0, nothing to keep.
    private static long ReplyMs(RunReplyAddress? replyTo, DateTimeOffset now) => replyTo is null ? 0 : Math.Max(0, (long)replyTo.LifeLeft(now).TotalMilliseconds);

    private void Forget(ActiveRun run, CancellationTokenSource cancellation)
    {
        _runs.TryRemove(new KeyValuePair<string, ActiveRun>(run.Id, run));
        cancellation.Dispose();
    }

    private long LeaseMs => (long)_lease.TotalMilliseconds;

    private long RecordMs => LeaseMs + RunStoreScripts.RecordGraceMs;

    private RedisKey[] KeysOf(string runId, string ownerId) =>
        [_keys.Total, _keys.User(ownerId), _keys.Run(runId), _keys.Leases, _keys.Reply(runId), _keys.Replicas];
}
