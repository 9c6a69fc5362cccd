using System.Collections.Immutable;

namespace AsyncBot.Core.Race;

/// <summary>
/// Starts and awaits one leg's tasks the way its mode says, with the work its plan says. The per-task methods take
/// an index instead of closing over a task, cancellation is one registration per await of the leg instead of one
/// per task, and tasks due together share a timer, which keeps a million pending tasks cheaper than a million
/// bare <c>Task.Delay</c>s.
/// </summary>
internal sealed class RaceLegRunner
{
    private readonly RaceLeg _leg;
    private readonly TimeProvider _time;
    private readonly RaceWork _work;
    private readonly ImmutableArray<RaceTask> _tasks;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<long, Task> _timers = [];

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
        // The timer starts first, so whoever sees Started knows it is already counting.
        var timer = TimerFor(_tasks[index].Duration, out var armedAt);
        _leg.Started(index, armedAt);

        // A continuation that runs synchronously, not an await: a Task with many awaiters runs only the first on the
        // thread that completes it and queues the rest to the pool one by one, so the tasks sharing a timer would end
        // whenever the pool got to them (late and out of step on a busy machine, or on a fake clock that has moved
        // on). Synchronous continuations all run, in start order, on the timer's thread as it fires.
        return timer.ContinueWith(
            static (_, state) => ((DelayEnd)state!).End(),
            new DelayEnd(_leg, index),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>What a delay task does when its timer fires, carried as the continuation's state.</summary>
    private sealed class DelayEnd(RaceLeg leg, int index)
    {
        public int End()
        {
            leg.Ended(index);
            return index;
        }
    }

    /// <summary>
    /// A <c>Task.Delay</c> that ends at least <paramref name="duration"/> from now, shared by every task of this
    /// leg that is due in the same millisecond (due times are rounded up, so no task ever waits less than asked,
    /// and at most a millisecond more — below timer resolution anyway). A million tasks started together then
    /// need a few hundred timers, not a million; that keeps them cheap on the real clock, and keeps a fake clock,
    /// which scans all its timers on every wake-up, from turning a scale test quadratic.
    /// </summary>
    /// <remarks>Only called from the leg's starting flow, one task at a time, so the map needs no lock.</remarks>
    private Task TimerFor(TimeSpan duration, out TimeSpan now)
    {
        now = _leg.Run.Now();
        var dueMilliseconds = ((now + duration).Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
        if (!_timers.TryGetValue(dueMilliseconds, out var timer))
        {
            timer = Task.Delay(TimeSpan.FromMilliseconds(dueMilliseconds) - now, _time);
            _timers[dueMilliseconds] = timer;
        }

        return timer;
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
