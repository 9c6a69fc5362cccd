using System.Runtime.InteropServices;

namespace AsyncBot.Core.Race;

/// <summary>
/// One leg's records and events: every state change of a task happens here, under the run's lock, together with
/// the event that announces it. Once closed (cancelled or failed) it ignores stragglers, such as a timer that
/// fires after cancellation, so the result never changes after it was built.
/// </summary>
internal sealed class RaceLeg
{
    private readonly RaceRun _run;
    private readonly RaceTaskResult[] _records;
    private readonly TimeSpan _start;
    private readonly bool _reportsOnEnd;
    private int _finishedSoFar;
    private bool _closed;

    public RaceLeg(RaceRun run, RaceMode mode, int leg)
    {
        _run = run;
        Mode = mode;
        Leg = leg;
        var tasks = run.Plan.Tasks;
        _records = new RaceTaskResult[tasks.Length];
        for (var i = 0; i < _records.Length; i++)
        {
            _records[i] = new RaceTaskResult(i, tasks[i]);
        }

        // In ordered and as-completed the awaiting loop reports a result, not the task itself.
        _reportsOnEnd = mode is RaceMode.Gather or RaceMode.Sequential;
        _start = run.Now();
    }

    public RaceMode Mode { get; }

    public int Leg { get; }

    public RaceRun Run => _run;

    public void PublishLegEvent(RaceEventKind kind)
    {
        lock (_run.Gate)
        {
            var now = _run.Now();
            _run.Publish(NewEvent(kind, -1, now) with { Elapsed = kind == RaceEventKind.LegFinished ? now - _start : TimeSpan.Zero });
        }
    }

    /// <summary>
    /// The task has started: record and announce it, stamped <paramref name="at"/> when given (a delay task's timer
    /// was armed then, so its measured seconds never come out shorter than it waited) or now.
    /// </summary>
    public void Started(int index, TimeSpan? at = null)
    {
        lock (_run.Gate)
        {
            if (_closed)
            {
                return;
            }

            var now = at ?? _run.Now();
            _records[index].Started = now - _start;
            if (_run.PublishesTaskEvents)
            {
                _run.Publish(NewEvent(RaceEventKind.TaskStarted, index, now));
            }
        }
    }

    /// <summary>The task's work is done: record its true finish and, where the task reports itself, announce it.</summary>
    public void Ended(int index)
    {
        lock (_run.Gate)
        {
            if (!_closed)
            {
                EndedLocked(index, _run.Now());
            }
        }
    }

    /// <summary>
    /// Tasks that woke together are done, in this order: one lock and one clock reading for the batch, so they share
    /// a finish time as they shared the wake-up.
    /// </summary>
    public void Ended(List<int> indices)
    {
        lock (_run.Gate)
        {
            if (_closed)
            {
                return;
            }

            var now = _run.Now();
            foreach (var index in indices)
            {
                EndedLocked(index, now);
            }
        }
    }

    /// <summary>The awaiting loop got this task's result: announce it now.</summary>
    public void Report(int index)
    {
        lock (_run.Gate)
        {
            if (!_closed)
            {
                ReportLocked(ref _records[index], _run.Now());
            }
        }
    }

    /// <summary>
    /// Ends the leg on cancellation, in plan order: results already in but not yet reported are reported,
    /// running tasks are cancelled, the rest never started.
    /// </summary>
    public void CloseCancelled()
    {
        lock (_run.Gate)
        {
            _closed = true;
            var now = _run.Now();
            foreach (ref var record in _records.AsSpan())
            {
                if (record.HasEnded)
                {
                    if (!record.HasBeenReported)
                    {
                        ReportLocked(ref record, now);
                    }
                }
                else if (record.HasStarted)
                {
                    record.Ended = now - _start;
                    record.Outcome = RaceTaskOutcome.Cancelled;
                    if (_run.PublishesTaskEvents)
                    {
                        _run.Publish(NewEvent(RaceEventKind.TaskCancelled, record.Index, now) with { Elapsed = record.Ran!.Value });
                    }
                }
            }
        }
    }

    /// <summary>Ends the leg after a failure, without events: the observer may be what failed.</summary>
    public void CloseFailed()
    {
        lock (_run.Gate)
        {
            _closed = true;
            var now = _run.Now();
            foreach (ref var record in _records.AsSpan())
            {
                if (record.HasStarted && !record.HasEnded)
                {
                    record.Ended = now - _start;
                    record.Outcome = RaceTaskOutcome.Failed;
                }
            }
        }
    }

    public RaceResult ToResult(RaceOutcome outcome, string? error)
    {
        lock (_run.Gate)
        {
            _closed = true;
            return new RaceResult
            {
                Mode = Mode,
                Work = _run.Plan.Work,
                Outcome = outcome,
                Count = _records.Length,
                Elapsed = _run.Now() - _start,
                SumOfDurations = _run.Plan.SumOfDurations,
                StartOffset = _start,
                Tasks = ImmutableCollectionsMarshal.AsImmutableArray(_records),
                Error = error,
            };
        }
    }

    private void EndedLocked(int index, TimeSpan now)
    {
        ref var record = ref _records[index];
        record.Ended = now - _start;
        record.Order = ++_finishedSoFar;
        record.Outcome = RaceTaskOutcome.Finished;
        if (_reportsOnEnd)
        {
            ReportLocked(ref record, now);
        }
    }

    private void ReportLocked(ref RaceTaskResult record, TimeSpan now)
    {
        record.Reported = now - _start;
        if (!_run.PublishesTaskEvents)
        {
            return;
        }

        _run.Publish(NewEvent(RaceEventKind.TaskFinished, record.Index, now) with
        {
            Elapsed = record.Ran!.Value,
            Order = record.Order,
        });
    }

    private RaceEvent NewEvent(RaceEventKind kind, int index, TimeSpan now) => new()
    {
        Kind = kind,
        Offset = now,
        Mode = Mode,
        Work = _run.Plan.Work,
        Leg = Leg,
        Count = _records.Length,
        TaskIndex = index,
        TaskName = index < 0 ? null : _records[index].Name,
        Planned = index < 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(_records[index].Seconds),
    };
}
