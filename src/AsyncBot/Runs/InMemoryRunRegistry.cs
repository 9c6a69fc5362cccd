using AsyncBot.Options;
using Microsoft.Extensions.Options;

namespace AsyncBot.Runs;

/// <summary>
/// The single-process <see cref="IRunRegistry"/>, the default: a dictionary under one lock (runs start rarely), so
/// admission is atomic by holding the lock across the count and the insert. Nothing here waits, so every
/// asynchronous member completes synchronously.
/// </summary>
internal sealed class InMemoryRunRegistry : IRunRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ActiveRun> _runs = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<LimitsOptions> _limits;
    private bool _shuttingDown;

    public InMemoryRunRegistry(IOptionsMonitor<LimitsOptions> limits) => _limits = limits;

    public int ActiveCount
    {
        get
        {
            lock (_gate)
            {
                return _runs.Count;
            }
        }
    }

    public ValueTask<RunAdmission> TryStartAsync(string runId, string ownerId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(TryStart(runId, ownerId));
    }

    // One process: if it dies, its users' runs die with it and nobody is left to tell them.
    public ValueTask<RunAdmission> TryStartAsync(string runId, string ownerId, RunReplyAddress replyTo, CancellationToken cancellationToken = default) =>
        TryStartAsync(runId, ownerId, cancellationToken);

    public ValueTask<CancelOutcome> TryCancelAsync(string runId, string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ActiveRun? run;
        lock (_gate)
        {
            if (!_runs.TryGetValue(runId, out run))
            {
                return ValueTask.FromResult(CancelOutcome.NotFound);
            }

            if (!string.Equals(run.OwnerId, userId, StringComparison.Ordinal))
            {
                return ValueTask.FromResult(CancelOutcome.NotOwner);
            }
        }

        run.Cancel(byShutdown: false);
        return ValueTask.FromResult(CancelOutcome.Cancelled);
    }

    public ValueTask CancelAllAsync(CancellationToken cancellationToken = default)
    {
        List<ActiveRun> runs;
        lock (_gate)
        {
            _shuttingDown = true;
            runs = [.. _runs.Values];
        }

        foreach (var run in runs)
        {
            run.Cancel(byShutdown: true);
        }

        return ValueTask.CompletedTask;
    }

    private RunAdmission TryStart(string runId, string ownerId)
    {
        var limits = _limits.CurrentValue;
        lock (_gate)
        {
            if (_shuttingDown)
            {
                return new RunAdmission(null, RunRefusals.ShuttingDown);
            }

            if (_runs.ContainsKey(runId))
            {
                return new RunAdmission(null, RunRefusals.AlreadyGoing);
            }

            var mine = _runs.Values.Count(r => string.Equals(r.OwnerId, ownerId, StringComparison.Ordinal));
            if (mine >= limits.RunsPerUser)
            {
                return new RunAdmission(null, RunRefusals.UserLimit(mine));
            }

            if (_runs.Count >= limits.RunsTotal)
            {
                return new RunAdmission(null, RunRefusals.TotalLimit(_runs.Count));
            }

            var run = new ActiveRun(runId, ownerId, new CancellationTokenSource(), Release);
            _runs.Add(runId, run);
            return new RunAdmission(run, null);
        }
    }

    private ValueTask Release(ActiveRun run)
    {
        lock (_gate)
        {
            _runs.Remove(run.Id);
        }

        return ValueTask.CompletedTask;
    }
}
