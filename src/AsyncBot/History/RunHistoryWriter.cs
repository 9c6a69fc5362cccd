using AsyncBot.History.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.History;

/// <summary>
/// Writes queued runs in batches, off every run's path. Creates or migrates the schema first, prunes old rows
/// hourly, and when the database fails it logs once, keeps the batch and retries, while new runs wait in the
/// bounded queue.
/// </summary>
internal sealed partial class RunHistoryWriter : BackgroundService
{
    /// <summary>At most this many rows per transaction, so one batch never holds the database for long.</summary>
    public const int MaxBatch = 200;

    /// <summary>How long to leave a failing database alone before trying again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>How often old rows are pruned.</summary>
    public static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    /// <summary>At shutdown, the last entries get this long to reach the database.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(3);

    private readonly HistoryQueue _queue;
    private readonly IHistoryStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly HistoryOptions _options;
    private readonly ILogger<RunHistoryWriter> _logger;
    private readonly List<HistoryQueue.Pending> _batch = new(MaxBatch);
    private DateTimeOffset _nextPrune;
    private bool _migrated;
    private long _droppedInOutage;

    public RunHistoryWriter(HistoryQueue queue, IHistoryStore store, TimeProvider timeProvider, IOptions<HistoryOptions> options, ILogger<RunHistoryWriter> logger)
    {
        _queue = queue;
        _store = store;
        _timeProvider = timeProvider;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await TryStepAsync(stoppingToken).ConfigureAwait(false))
                {
                    if (_batch.Count == 0 && !await WaitForEntriesAsync(stoppingToken).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                else
                {
                    await Task.Delay(RetryDelay, _timeProvider, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: StopAsync drains.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // The runs that finished while the bot was stopping are still worth keeping, if the database answers quickly.
        _queue.Complete();
        using var drain = new CancellationTokenSource(DrainTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, drain.Token);
        try
        {
            while ((_batch.Count > 0 || _queue.Reader.Count > 0) && await TryStepAsync(linked.Token).ConfigureAwait(false))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // Out of time; what is left is lost, as on a crash.
        }
    }

    /// <summary>Migrates if not yet done, prunes when due, and writes one batch. False when the database failed.</summary>
    private async Task<bool> TryStepAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!_migrated)
            {
                await _store.MigrateAsync(cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }

            await PruneIfDueAsync(cancellationToken).ConfigureAwait(false);
            await WriteBatchAsync(cancellationToken).ConfigureAwait(false);
            if (!_queue.IsAvailable)
            {
                _queue.IsAvailable = true;
                var dropped = _droppedInOutage + _queue.TakeDropped();
                _droppedInOutage = 0;
                LogAvailableAgain(_logger, _queue.Reader.Count, dropped);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (_queue.IsAvailable)
            {
                _queue.IsAvailable = false;
                LogUnavailable(_logger, ex.GetType().Name, ex.Message, HistoryQueue.Capacity);
            }

            // One line when the queue first overflows in an outage; the total comes with "available again".
            var dropped = _queue.TakeDropped();
            if (dropped > 0 && _droppedInOutage == 0)
            {
                LogDropping(_logger, HistoryQueue.Capacity);
            }

            _droppedInOutage += dropped;
            return false;
        }
    }

    /// <summary>Waits for the next entry, or until pruning is due on an idle bot. False once the queue is closed.</summary>
    private async Task<bool> WaitForEntriesAsync(CancellationToken cancellationToken)
    {
        using var pruneDue = new CancellationTokenSource(PruneInterval, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, pruneDue.Token);
        try
        {
            return await _queue.Reader.WaitToReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (pruneDue.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return true;
        }
    }

    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        // Whatever is queued right now, up to MaxBatch: under load batches form by themselves, and a lone run is
        // written at once instead of waiting for company.
        while (_batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
        {
            _batch.Add(pending);
        }

        if (_batch.Count == 0)
        {
            return;
        }

        await _queue.WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var records = _batch.Where(p => !_queue.IsForgotten(p)).Select(p => p.Record).ToList();
            await _store.AppendAsync(records, cancellationToken).ConfigureAwait(false);
            _queue.Consumed(_batch[^1].Sequence);
            _batch.Clear();
        }
        finally
        {
            _queue.WriteGate.Release();
        }
    }

    private async Task PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        if (now < _nextPrune)
        {
            return;
        }

        var pruned = await _store.PruneAsync(now - TimeSpan.FromDays(_options.KeepDays), cancellationToken).ConfigureAwait(false);
        _nextPrune = now + PruneInterval;
        if (pruned > 0)
        {
            LogPruned(_logger, pruned, _options.KeepDays);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run history unavailable ({ErrorType}: {Reason}); runs go on, and up to {Capacity} entries wait to be written")]
    private static partial void LogUnavailable(ILogger logger, string errorType, string reason, int capacity);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run history is available again; {Waiting} waiting entries follow, {Dropped} were dropped meanwhile")]
    private static partial void LogAvailableAgain(ILogger logger, int waiting, long dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run history: the queue of {Capacity} entries is full; new runs are not recorded until the database is back")]
    private static partial void LogDropping(ILogger logger, int capacity);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run history: pruned {Pruned} runs older than {KeepDays} days")]
    private static partial void LogPruned(ILogger logger, int pruned, int keepDays);
}
