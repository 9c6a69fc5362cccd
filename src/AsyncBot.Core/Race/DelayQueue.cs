namespace AsyncBot.Core.Race;

/// <summary>
/// One leg's sleeping delay tasks, woken in due order by a single timer — the timer heap of an event loop. Separate
/// timers per due time would not keep that order: when a stalled machine lets several come due at once, the runtime
/// fires the first it finds on its timer thread and queues the rest to the thread pool, so a 0.6 s task could report
/// before a 0.4 s one. Here whoever holds the pump ends every due batch, earliest first, before it sleeps again.
/// </summary>
/// <remarks>
/// Due times are whole milliseconds since the run started, rounded up, so no task wakes sooner than it asked and
/// tasks due in the same millisecond form one batch, ended together in the order they started. Only the pump's
/// holder changes the timer, and never under the lock: a fake clock may run the timer's callback inside
/// <see cref="ITimer.Change"/>, which then just asks the holder to look again.
/// </remarks>
internal sealed class DelayQueue : IDisposable
{
    private const long NotArmed = long.MaxValue;

    private readonly Func<TimeSpan> _now;
    private readonly Action<List<int>> _onDue;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, List<int>> _batches = [];
    private readonly PriorityQueue<List<int>, long> _dueOrder = new();
    private long _armedFor = NotArmed;
    private long _lastDue = -1;
    private List<int>? _lastBatch;
    private bool _pumping;
    private bool _lookAgain;
    private int _pumpThread;
    private bool _disposed;

    /// <param name="time">Runs the timer.</param>
    /// <param name="now">Time since the run started: what due times count from.</param>
    /// <param name="onDue">Ends one batch; called by one thread at a time, batches in due order.</param>
    public DelayQueue(TimeProvider time, Func<TimeSpan> now, Action<List<int>> onDue)
    {
        _now = now;
        _onDue = onDue;
        _timer = time.CreateTimer(static state => ((DelayQueue)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Queues task <paramref name="index"/> to end <paramref name="duration"/> after <paramref name="startedAt"/>,
    /// and sets the timer sooner if it is now the first due. It never ends a task itself: tasks end only on the
    /// timer's callback, so a caller may hold the run's lock and announce the start after this returns.
    /// </summary>
    public void Add(int index, TimeSpan startedAt, TimeSpan duration)
    {
        var due = ((startedAt + duration).Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
        bool wakeSooner;
        lock (_gate)
        {
            // A leg starts its tasks in order, so most join the batch the previous one joined.
            if (due != _lastDue || _lastBatch is null)
            {
                if (!_batches.TryGetValue(due, out _lastBatch))
                {
                    _lastBatch = [];
                    _batches[due] = _lastBatch;
                    _dueOrder.Enqueue(_lastBatch, due);
                }

                _lastDue = due;
            }

            _lastBatch.Add(index);
            wakeSooner = due < _armedFor;
        }

        if (wakeSooner)
        {
            Pump(mayEnd: false);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _timer.Dispose();
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            // The timer has fired, so it is no longer set for anything.
            _armedFor = NotArmed;
        }

        Pump(mayEnd: true);
    }

    /// <summary>
    /// Ends every batch that is due, earliest first (only when <paramref name="mayEnd"/>), then sets the timer for
    /// the next one. One thread holds the pump at a time; another that needs it asks the holder to look again.
    /// </summary>
    private void Pump(bool mayEnd)
    {
        var thread = Environment.CurrentManagedThreadId;
        bool nested;
        lock (_gate)
        {
            nested = _pumping;
            if (_pumping)
            {
                _lookAgain = true;
                if (_pumpThread != thread)
                {
                    return;
                }
            }
            else
            {
                _pumping = true;
                _pumpThread = thread;
                _lookAgain = false;
            }
        }

        if (nested)
        {
            // A task started by a batch's own continuation, on the holder's thread: set the timer before its start
            // is announced. The holder looks again when the batch is done.
            SetTimer();
            return;
        }

        while (true)
        {
            if (mayEnd && TakeDue() is { } due)
            {
                _onDue(due);
                continue;
            }

            SetTimer();
            lock (_gate)
            {
                if (!_lookAgain)
                {
                    _pumping = false;
                    return;
                }

                _lookAgain = false;
            }
        }
    }

    private List<int>? TakeDue()
    {
        lock (_gate)
        {
            if (!_dueOrder.TryPeek(out var batch, out var dueMs) || dueMs * TimeSpan.TicksPerMillisecond > _now().Ticks)
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

    /// <summary>Sets the timer for the first due batch; only the pump's holder calls this.</summary>
    private void SetTimer()
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_disposed || !_dueOrder.TryPeek(out _, out var dueMs))
            {
                _armedFor = NotArmed;
                return;
            }

            // At least a millisecond, rounded up: a batch already due waits for the timer's callback, the one place
            // tasks end, and a timer that fires a little early only costs one more look.
            var waitTicks = (dueMs * TimeSpan.TicksPerMillisecond) - _now().Ticks;
            wait = TimeSpan.FromMilliseconds(Math.Max(1, (waitTicks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond));
            _armedFor = dueMs;
        }

        try
        {
            _timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The leg ended between the look and the change; nothing is waiting any more.
        }
    }
}
