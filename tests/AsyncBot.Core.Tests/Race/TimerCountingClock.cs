using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Core.Tests.Race;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows how many of its timers are armed (due, not yet fired, not disposed).
/// An event such as Started says what the engine meant to do; an armed timer is what moving the clock will actually
/// fire. Waiting for the timers themselves is what keeps a step from overtaking a timer that is not registered yet.
/// </summary>
internal sealed class TimerCountingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private int _armed;

    /// <summary>Timers that will fire when the clock reaches their due time.</summary>
    public int ArmedTimers
    {
        get
        {
            lock (_gate)
            {
                return _armed;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var counted = new CountedTimer(this);
        counted.Inner = base.CreateTimer(
            static s =>
            {
                var (timer, callback, state) = ((CountedTimer, TimerCallback, object?))s!;
                timer.Fired();
                callback(state);
            },
            (counted, callback, state),
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
        counted.Change(dueTime, period);
        return counted;
    }

    private void Adjust(int delta)
    {
        lock (_gate)
        {
            _armed += delta;
        }
    }

    private sealed class CountedTimer(TimerCountingClock clock) : ITimer
    {
        private readonly Lock _gate = new();
        private bool _armed;
        private bool _periodic;

        public ITimer Inner { get; set; } = null!;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                SetArmed(dueTime != Timeout.InfiniteTimeSpan);
                _periodic = period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero;
            }

            // Outside our lock: the fake clock takes its own while firing, and firing takes ours.
            return Inner.Change(dueTime, period);
        }

        public void Fired()
        {
            lock (_gate)
            {
                if (!_periodic)
                {
                    SetArmed(false);
                }
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                SetArmed(false);
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void SetArmed(bool armed)
        {
            if (armed != _armed)
            {
                _armed = armed;
                clock.Adjust(armed ? 1 : -1);
            }
        }
    }
}
