using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells a test when one of its timers is armed for a given delay. Moving the
/// clock before the code under test has armed its timer would move past a deadline that does not exist yet;
/// waiting for the arming keeps every step of a test in order without sleeping. Seeing the timer armed on this
/// clock is also the proof that the code reads the injected clock rather than the machine's.
/// </summary>
internal sealed class ArmingClock : FakeTimeProvider
{
    private readonly ConcurrentDictionary<TimeSpan, TaskCompletionSource> _armed = new();
    private readonly ConcurrentDictionary<TimeSpan, int> _times = new();

    /// <summary>Completes once any timer of this clock has been armed to fire after <paramref name="delay"/>.</summary>
    public Task WhenArmed(TimeSpan delay) => Signal(delay).Task;

    /// <summary>How many times a timer of this clock has been armed to fire after <paramref name="delay"/>.</summary>
    public int TimesArmed(TimeSpan delay) => _times.GetValueOrDefault(delay);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        timer.Change(dueTime, period);
        return timer;
    }

    private TaskCompletionSource Signal(TimeSpan delay) =>
        _armed.GetOrAdd(delay, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class WatchedTimer(ArmingClock clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                clock._times.AddOrUpdate(dueTime, 1, static (_, n) => n + 1);
                clock.Signal(dueTime).TrySetResult();
            }

            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
