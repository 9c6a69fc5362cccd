namespace AsyncBot.Core.Race;

/// <summary>
/// Starts and awaits one leg's tasks the way its mode says, with the work its plan says. The per-task methods take
/// an index instead of closing over a task, and cancellation is one registration per await of the leg instead of
/// one per task, which keeps a million pending tasks close to the cost of a million bare <c>Task.Delay</c>s.
/// </summary>
internal sealed class RaceLegRunner
{
    private readonly RaceLeg _leg;
    private readonly TimeProvider _time;
    private readonly RaceWork _work;
    private readonly System.Collections.Immutable.ImmutableArray<RaceTask> _tasks;
    private readonly CancellationToken _cancellationToken;

    public RaceLegRunner(RaceLeg leg, CancellationToken cancellationToken)
    {
        _leg = leg;
        _time = leg.Run.Time;
        _work = leg.Run.Plan.Work;
        _tasks = leg.Run.Plan.Tasks;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Runs the leg; never throws: cancellation and failure become the result's outcome.</summary>
    public async Task<RaceResult> RunAsync()
    {
        try
        {
            await (_leg.Mode switch
            {
                RaceMode.Sequential => SequentialAsync(),
                RaceMode.Ordered => OrderedAsync(),
                RaceMode.AsCompleted => AsCompletedAsync(),
                _ => GatherAsync(),
            }).ConfigureAwait(false);
            return _leg.ToResult(RaceOutcome.Finished, error: null);
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            _leg.CloseCancelled();
            return _leg.ToResult(RaceOutcome.Cancelled, error: null);
        }
#pragma warning disable CA1031 // A run reports its failure in its result; nothing may escape to the caller's flow.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _leg.CloseFailed();
            return _leg.ToResult(RaceOutcome.Failed, ex.Message);
        }
    }

    private async Task GatherAsync()
    {
        await Task.WhenAll(StartAll()).WaitAsync(_cancellationToken).ConfigureAwait(false);
    }

    private async Task SequentialAsync()
    {
        for (var i = 0; i < _tasks.Length; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            await StartTask(i).WaitAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OrderedAsync()
    {
        var started = StartAll();
        foreach (var task in started)
        {
            // The lesson of the seed: awaiting in order reports in order, however the tasks really finished.
            _leg.Report(await task.WaitAsync(_cancellationToken).ConfigureAwait(false));
        }
    }

    private async Task AsCompletedAsync()
    {
        var started = StartAll();
        await foreach (var task in Task.WhenEach(started).WithCancellation(_cancellationToken).ConfigureAwait(false))
        {
            _leg.Report(await task.ConfigureAwait(false));
        }
    }

    private Task<int>[] StartAll()
    {
        var started = new Task<int>[_tasks.Length];
        for (var i = 0; i < started.Length; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            started[i] = StartTask(i);
        }

        return started;
    }

    private Task<int> StartTask(int index) => _work switch
    {
        RaceWork.Blocking => RunBlocking(index),
        RaceWork.Cpu => RunCpuAsync(index),
        _ => RunDelayAsync(index),
    };

    private async Task<int> RunDelayAsync(int index)
    {
        _leg.Started(index);
        await Task.Delay(_tasks[index].Duration, _time).ConfigureAwait(false);
        _leg.Ended(index);
        return index;
    }

    /// <summary>
    /// What an async method that never awaits amounts to: its body runs to the end on the caller's thread before a
    /// finished task comes back. So "start all" starts them one at a time and gather takes the sum.
    /// </summary>
    private Task<int> RunBlocking(int index)
    {
        _leg.Started(index);
        if (!BlockingWait.Block(_time, _tasks[index].Duration, _cancellationToken))
        {
            throw new OperationCanceledException(_cancellationToken);
        }

        _leg.Ended(index);
        return Task.FromResult(index);
    }

    private async Task<int> RunCpuAsync(int index)
    {
        // Started is announced when a pool thread picks the work up: with more tasks than cores, some wait in the
        // queue first, and the timeline should show it.
        await Task.Run(
            () =>
            {
                _leg.Started(index);
                if (!CpuBurner.Burn(_tasks[index].Duration, _cancellationToken))
                {
                    throw new OperationCanceledException(_cancellationToken);
                }

                _leg.Ended(index);
            },
            _cancellationToken).ConfigureAwait(false);
        return index;
    }
}
