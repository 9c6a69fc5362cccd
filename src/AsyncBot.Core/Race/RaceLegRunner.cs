using System.Collections.Immutable;

namespace AsyncBot.Core.Race;

/// <summary>
/// Starts and awaits one leg's tasks the way its mode says, with the work its plan says. The per-task methods take
/// an index instead of closing over a task, cancellation is one registration per await of the leg instead of one
/// per task, and delay tasks sleep in one <see cref="DelayQueue"/> that wakes them in due order and ends each
/// batch under one lock, which keeps a million pending tasks cheaper than a million bare <c>Task.Delay</c>s.
/// </summary>
internal sealed class RaceLegRunner
{
    private readonly RaceLeg _leg;
    private readonly TimeProvider _time;
    private readonly RaceWork _work;
    private readonly ImmutableArray<RaceTask> _tasks;
    private readonly CancellationToken _cancellationToken;
    private DelayQueue? _delays;
    private TaskCompletionSource<int>[]? _ends;
    private TaskCompletionSource? _allDelaysEnded;
    private int _delaysLeft;

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
        finally
        {
            _delays?.Dispose();
        }
    }

    private async Task GatherAsync()
    {
        if (_work != RaceWork.Delay)
        {
            await Task.WhenAll(StartAll()).WaitAsync(_cancellationToken).ConfigureAwait(false);
            return;
        }

        // Nothing awaits a single task in gather, so no task gets a Task: the leg counts its tasks down instead.
        _delaysLeft = _tasks.Length;
        _allDelaysEnded = new TaskCompletionSource();
        for (var i = 0; i < _tasks.Length; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            StartDelay(i);
        }

        await _allDelaysEnded.Task.WaitAsync(_cancellationToken).ConfigureAwait(false);
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
            // The tutorial's lesson: awaiting in order reports in order, however the tasks really finished.
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

    private Task<int> RunDelayAsync(int index)
    {
        var end = new TaskCompletionSource<int>();
        (_ends ??= new TaskCompletionSource<int>[_tasks.Length])[index] = end;
        StartDelay(index);
        return end.Task;
    }

    private void StartDelay(int index)
    {
        // One clock reading stamps Started and counts the wait, so no task reports finishing sooner than it waited.
        // The task is queued (and the timer set) before its start is announced, and under the run's lock, so
        // whoever sees Started knows its time is counting, and its Finished cannot be announced first.
        lock (_leg.Run.Gate)
        {
            var now = _leg.Run.Now();
            Delays.Add(index, now, _tasks[index].Duration);
            _leg.Started(index, now);
        }
    }

    private DelayQueue Delays => _delays ??= new DelayQueue(_time, _leg.Run.Now, EndDelays);

    /// <summary>
    /// Ends tasks that woke together. Completing their sources here, not on the pool, keeps as-completed and the
    /// ordered loop seeing them in the order they ended.
    /// </summary>
    private void EndDelays(List<int> indices)
    {
        try
        {
            _leg.Ended(indices);
        }
#pragma warning disable CA1031 // On a timer's thread nothing may escape; the leg's await reports it as the run's failure.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _allDelaysEnded?.TrySetException(ex);
            foreach (var end in _ends ?? [])
            {
                end?.TrySetException(ex);
            }

            return;
        }

        if (_ends is { } ends)
        {
            foreach (var index in indices)
            {
                ends[index].TrySetResult(index);
            }
        }

        if (_allDelaysEnded is not null && (_delaysLeft -= indices.Count) == 0)
        {
            _allDelaysEnded.TrySetResult();
        }
    }

    /// <summary>
    /// What an async method that never awaits amounts to: its body runs to the end on the caller's thread before a
    /// finished task comes back. So "start all" starts them one at a time and gather takes the sum.
    /// </summary>
    private Task<int> RunBlocking(int index)
    {
        using (var wait = new BlockingWait(_time, _tasks[index].Duration))
        {
            _leg.Started(index);
            if (!wait.Wait(_cancellationToken))
            {
                throw new OperationCanceledException(_cancellationToken);
            }
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
