using AsyncBot.Options;
using Microsoft.Extensions.Options;

namespace AsyncBot.Runs;

/// <summary>The single-process <see cref="IRunRegistry"/>: a dictionary under one lock (runs start rarely).</summary>
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

    public RunAdmission TryStart(string runId, string ownerId)
    {
        var limits = _limits.CurrentValue;
        lock (_gate)
        {
            if (_shuttingDown)
            {
                return new RunAdmission(null, "the bot is shutting down — try again in a moment");
            }

            if (_runs.ContainsKey(runId))
            {
                return new RunAdmission(null, "this run is already going");
            }

            var mine = _runs.Values.Count(r => string.Equals(r.OwnerId, ownerId, StringComparison.Ordinal));
            if (mine >= limits.RunsPerUser)
            {
                var runs = mine == 1 ? "1 run" : $"{mine} runs";
                return new RunAdmission(null, $"you already have {runs} going — wait or cancel one");
            }

            if (_runs.Count >= limits.RunsTotal)
            {
                return new RunAdmission(null, $"the bot is running {_runs.Count} runs, its limit — try again in a few seconds");
            }

            var run = new ActiveRun(runId, ownerId, new CancellationTokenSource(), Release);
            _runs.Add(runId, run);
            return new RunAdmission(run, null);
        }
    }

    public CancelOutcome TryCancel(string runId, string userId)
    {
        ActiveRun? run;
        lock (_gate)
        {
            if (!_runs.TryGetValue(runId, out run))
            {
                return CancelOutcome.NotFound;
            }

            if (!string.Equals(run.OwnerId, userId, StringComparison.Ordinal))
            {
                return CancelOutcome.NotOwner;
            }
        }

        run.Cancel(byShutdown: false);
        return CancelOutcome.Cancelled;
    }

    public void CancelAll()
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
    }

    private void Release(ActiveRun run)
    {
        lock (_gate)
        {
            _runs.Remove(run.Id);
        }
    }
}
