using System.Collections.Immutable;
using AsyncBot.Core.Race;

namespace AsyncBot.Bench.Race.Sketches;

/// <summary>One gather leg of <see cref="BatchedGatherSketch"/>: records, events and batched timer completion.</summary>
internal sealed class SketchLeg
{
    private readonly ImmutableArray<RaceTask> _tasks;
    private readonly IRaceObserver _observer;
    private readonly TimeProvider _time;
    private readonly bool _publishTaskEvents;
    private readonly Lock _gate = new();
    private readonly SketchRecord[] _records;
    private readonly Dictionary<long, SketchBatch> _batches = [];
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _startTimestamp;
    private int _finished;

    public SketchLeg(RacePlan plan, IRaceObserver observer, TimeProvider time, bool publishTaskEvents)
    {
        _tasks = plan.Tasks;
        _observer = observer;
        _time = time;
        _publishTaskEvents = publishTaskEvents;
        _records = new SketchRecord[_tasks.Length];
        _startTimestamp = time.GetTimestamp();
    }

    public int Finished => Volatile.Read(ref _finished);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Publish(RaceEventKind.RunStarted, -1, Now());
        for (var i = 0; i < _tasks.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Start(i);
        }

        await _allDone.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        Publish(RaceEventKind.RunFinished, -1, Now());
    }

    private TimeSpan Now() => _time.GetElapsedTime(_startTimestamp);

    private void Start(int index)
    {
        lock (_gate)
        {
            // One clock reading serves both the due time and the Started stamp.
            var now = Now();
            var due = ((now + _tasks[index].Duration).Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
            if (!_batches.TryGetValue(due, out var batch))
            {
                batch = new SketchBatch(this);
                _batches[due] = batch;
                _ = Task.Delay(TimeSpan.FromMilliseconds(due) - now, _time).ContinueWith(
                    static (_, state) => ((SketchBatch)state!).Leg.Fire((SketchBatch)state),
                    batch,
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }

            _records[index].StartedTicks = now.Ticks;
            if (_publishTaskEvents)
            {
                Publish(RaceEventKind.TaskStarted, index, now);
            }

            if (batch.Fired)
            {
                // The timer beat this task into its batch (only after a long stall of the starting thread).
                End(index, Now());
            }
            else
            {
                batch.Indices.Add(index);
            }
        }
    }

    private void Fire(SketchBatch batch)
    {
        lock (_gate)
        {
            batch.Fired = true;
            var now = Now();
            foreach (var index in batch.Indices)
            {
                End(index, now);
            }
        }
    }

    private void End(int index, TimeSpan now)
    {
        ref var record = ref _records[index];
        record.EndedTicks = now.Ticks;
        record.Order = ++_finished;
        if (_publishTaskEvents)
        {
            Publish(RaceEventKind.TaskFinished, index, now);
        }

        if (_finished == _records.Length)
        {
            _allDone.TrySetResult();
        }
    }

    private void Publish(RaceEventKind kind, int index, TimeSpan now)
    {
        var task = index < 0 ? default : _tasks[index];
        _observer.OnEvent(new RaceEvent
        {
            Kind = kind,
            Offset = now,
            Mode = RaceMode.Gather,
            Work = RaceWork.Delay,
            Count = _records.Length,
            TaskIndex = index,
            TaskName = task.Name,
            Planned = index < 0 ? TimeSpan.Zero : task.Duration,
            Elapsed = kind == RaceEventKind.TaskFinished ? TimeSpan.FromTicks(now.Ticks - _records[index].StartedTicks) : TimeSpan.Zero,
            Order = kind == RaceEventKind.TaskFinished ? _records[index].Order : 0,
        });
    }

    private sealed class SketchBatch(SketchLeg leg)
    {
        public List<int> Indices { get; } = [];

        public SketchLeg Leg { get; } = leg;

        public bool Fired { get; set; }
    }

    private struct SketchRecord
    {
        public long StartedTicks;
        public long EndedTicks;
        public int Order;
    }
}
