namespace AsyncBot.Core.Race;

/// <summary>
/// One leg's sleeping delay tasks, ended in due order — the timer heap of an event loop. Tasks due in the same
/// millisecond form a batch with one timer; whichever timer fires, it ends every batch that is due, earliest first.
/// Leaving the order to the timers would not keep it: when a stalled machine lets several come due at once, the
/// runtime fires the first it finds on its timer thread and queues the rest to the thread pool, so a 0.6 s task could
/// report before a 0.4 s one.
/// </summary>
/// <remarks>
/// Due times are whole milliseconds since the run started, rounded up, and a batch ends inside its due millisecond
/// (see <see cref="IsDue"/>). A timer per batch, not one timer re-set after each batch, lets the runtime fire batches
/// on time however close together they are. One thread at a time ends batches (the pump's holder); a timer that fires
/// meanwhile asks it to look again, and one that fired before the due millisecond, by the run's clock, is set again.
/// </remarks>
internal sealed class DelayQueue : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Func<TimeSpan> _now;
    private readonly Action<List<int>> _onDue;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Batch> _batches = [];
    private readonly PriorityQueue<Batch, long> _dueOrder = new();
    private readonly List<Batch> _fired = [];
    private Batch? _lastBatch;
    private bool _pumping;
    private bool _lookAgain;
    private bool _disposed;

    /// <param name="time">Runs the timers.</param>
    /// <param name="now">Time since the run started: what due times count from.</param>
    /// <param name="onDue">Ends one batch; called by one thread at a time, batches in due order. It runs on a
    /// timer's thread and must not throw.</param>
    public DelayQueue(TimeProvider time, Func<TimeSpan> now, Action<List<int>> onDue)
    {
        _time = time;
        _now = now;
        _onDue = onDue;
    }

    /// <summary>
    /// Queues task <paramref name="index"/> to end <paramref name="duration"/> after <paramref name="startedAt"/>;
    /// its batch's timer is set when this returns. Tasks end only on a timer's callback, never in here, so a caller
    /// may hold the run's lock and announce the start after this returns.
    /// </summary>
    public void Add(int index, TimeSpan startedAt, TimeSpan duration)
    {
        var dueMs = ((startedAt + duration).Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
        Batch? created = null;
        lock (_gate)
        {
            // A leg starts its tasks in order, so most join the batch the previous one joined.
            var batch = _lastBatch;
            if (batch is null || batch.DueMs != dueMs)
            {
                if (!_batches.TryGetValue(dueMs, out batch))
                {
                    batch = created = new Batch(this, dueMs);
                    _batches[dueMs] = batch;
                    _dueOrder.Enqueue(batch, dueMs);
                }

                _lastBatch = batch;
            }

            batch.Indices.Add(index);
        }

        // Outside the lock: a clock may fire a timer from inside CreateTimer, and firing takes the lock.
        created?.Arm(WaitUntil(dueMs));
    }

    public void Dispose()
    {
        Batch[] pending;
        lock (_gate)
        {
            _disposed = true;
            pending = [.. _batches.Values];
        }

        foreach (var batch in pending)
        {
            batch.Timer?.Dispose();
        }
    }

    private void OnTimer(Batch batch)
    {
        lock (_gate)
        {
            _fired.Add(batch);
        }

        Pump();
    }

    /// <summary>
    /// Ends every batch that is due, earliest first; one thread at a time. The holder decides, as it lets go, which
    /// fired timers fired too early and sets them again: a check made anywhere else could look just before the
    /// clock enters the due millisecond, and the batch would sleep with no timer set.
    /// </summary>
    private void Pump()
    {
        lock (_gate)
        {
            if (_pumping)
            {
                _lookAgain = true;
                return;
            }

            _pumping = true;
        }

        while (true)
        {
            if (TakeDue() is { } due)
            {
                due.Timer?.Dispose();
                _onDue(due.Indices);
                continue;
            }

            Batch[] early;
            lock (_gate)
            {
                if (_lookAgain)
                {
                    _lookAgain = false;
                    continue;
                }

                early = [.. _fired.Where(b => !_disposed && _batches.TryGetValue(b.DueMs, out var queued) && ReferenceEquals(queued, b))];
                _fired.Clear();
                _pumping = false;
            }

            // At least a millisecond each, so a batch that became due since the last look is only a tick late.
            foreach (var batch in early)
            {
                batch.Arm(WaitUntil(batch.DueMs));
            }

            return;
        }
    }

    private Batch? TakeDue()
    {
        lock (_gate)
        {
            _lookAgain = false;
            if (_disposed || !_dueOrder.TryPeek(out var batch, out var dueMs) || !IsDue(dueMs, _now()))
            {
                return null;
            }

            _dueOrder.Dequeue();
            _batches.Remove(dueMs);
            if (ReferenceEquals(batch, _lastBatch))
            {
                _lastBatch = null;
            }

            return batch;
        }
    }

    /// <summary>
    /// Due once the clock is inside the due millisecond, as an event loop counts a timer due within its clock's
    /// resolution: the runtime's timers count whole milliseconds and may fire a fraction of one before the run's
    /// finer clock says, and setting the timer again for that fraction would cost a timer tick, often several
    /// milliseconds. So no task ends more than a millisecond before its time (due times are rounded up to begin
    /// with), and a clock moved in whole milliseconds, like a fake one, ends each batch exactly on time.
    /// </summary>
    private static bool IsDue(long dueMs, TimeSpan now) => (dueMs - 1) * TimeSpan.TicksPerMillisecond < now.Ticks;

    /// <summary>
    /// How long until <paramref name="dueMs"/>, in whole milliseconds rounded down, at least one: the timer then fires
    /// inside the due millisecond (see <see cref="IsDue"/>), not a millisecond after it.
    /// </summary>
    private TimeSpan WaitUntil(long dueMs)
    {
        var waitTicks = (dueMs * TimeSpan.TicksPerMillisecond) - _now().Ticks;
        return TimeSpan.FromMilliseconds(Math.Max(1, waitTicks / TimeSpan.TicksPerMillisecond));
    }

    /// <summary>The tasks due in one millisecond, in the order they started, and the timer that wakes them.</summary>
    private sealed class Batch(DelayQueue queue, long dueMs)
    {
        public long DueMs { get; } = dueMs;

        public List<int> Indices { get; } = [];

        public ITimer? Timer { get; private set; }

        public void Arm(TimeSpan wait)
        {
            if (Timer is null)
            {
                Timer = queue._time.CreateTimer(static state => ((Batch)state!).Fired(), this, wait, Timeout.InfiniteTimeSpan);
                return;
            }

            try
            {
                Timer.Change(wait, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // The leg ended meanwhile; nothing waits for this batch any more.
            }
        }

        private void Fired() => queue.OnTimer(this);
    }
}
