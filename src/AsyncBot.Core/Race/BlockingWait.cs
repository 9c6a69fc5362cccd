namespace AsyncBot.Core.Race;

/// <summary>
/// A synchronous sleep on the injected clock: the calling thread waits on an event that a <see cref="TimeProvider"/>
/// timer sets. Thread.Sleep would block just the same but could not be driven by a fake clock; this can, from the
/// test's thread. The timer starts on construction, so the task's Started event can follow it and a test that
/// waits for that event knows the timer is already counting.
/// </summary>
internal sealed class BlockingWait : IDisposable
{
    private readonly ManualResetEventSlim _signal = new(initialState: false, spinCount: 0);
    private readonly ITimer _timer;

    public BlockingWait(TimeProvider time, TimeSpan duration)
    {
        _timer = time.CreateTimer(static state => ((ManualResetEventSlim)state!).Set(), _signal, duration, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Blocks until the time is up; false when cancelled first.</summary>
    public bool Wait(CancellationToken cancellationToken)
    {
        try
        {
            _signal.Wait(cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// Stops the timer. The event is deliberately left undisposed: a callback already in flight may still set it,
    /// and an event whose wait handle was never requested owns nothing that needs releasing.
    /// </summary>
    public void Dispose() => _timer.Dispose();
}
