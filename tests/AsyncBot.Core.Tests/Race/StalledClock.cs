namespace AsyncBot.Core.Tests.Race;

/// <summary>
/// A clock that stands still until the test moves it, then fires every overdue timer newest first: what the
/// runtime's timer thread may do after a stall (it fires the first overdue timer it finds itself and queues the rest
/// to the thread pool, in no promised order). An engine that leaves its order to separate timers shows it here.
/// </summary>
internal sealed class StalledClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<StalledTimer> _timers = [];
    private long _nowTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>How far the clock creeps on each reading: time passing between two looks at it.</summary>
    public TimeSpan CreepPerRead { get; init; }

    /// <summary>Timers that will fire when the clock reaches their due time.</summary>
    public int ArmedTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.DueTicks != long.MaxValue);
            }
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            var now = _nowTicks;
            _nowTicks += CreepPerRead.Ticks;
            return now;
        }
    }

    /// <summary>Moves the clock without firing anything.</summary>
    public void Jump(TimeSpan delta)
    {
        lock (_gate)
        {
            _nowTicks += delta.Ticks;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new StalledTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Jumps the clock, then fires what is overdue, newest timer first, until nothing is.</summary>
    public void JumpAndFire(TimeSpan delta)
    {
        lock (_gate)
        {
            _nowTicks += delta.Ticks;
        }

        while (true)
        {
            StalledTimer[] overdue;
            lock (_gate)
            {
                overdue = [.. _timers.Where(t => t.DueTicks <= _nowTicks).Reverse()];
                foreach (var timer in overdue)
                {
                    timer.DueTicks = long.MaxValue;
                }
            }

            if (overdue.Length == 0)
            {
                return;
            }

            foreach (var timer in overdue)
            {
                timer.Fire();
            }
        }
    }

    /// <summary>Fires every armed timer now, due or not: a timer that fires before the run's clock says it is due.</summary>
    public void FireEarly()
    {
        StalledTimer[] armed;
        lock (_gate)
        {
            armed = [.. _timers.Where(t => t.DueTicks != long.MaxValue)];
            foreach (var timer in armed)
            {
                timer.DueTicks = long.MaxValue;
            }
        }

        foreach (var timer in armed)
        {
            timer.Fire();
        }
    }

    private sealed class StalledTimer(StalledClock clock, TimerCallback callback, object? state) : ITimer
    {
        public long DueTicks { get; set; } = long.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                DueTicks = dueTime == Timeout.InfiniteTimeSpan ? long.MaxValue : clock._nowTicks + dueTime.Ticks;
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                DueTicks = long.MaxValue;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
