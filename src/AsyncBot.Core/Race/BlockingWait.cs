namespace AsyncBot.Core.Race;

/// <summary>
/// A synchronous sleep on the injected clock: the calling thread waits on an event that a
/// <see cref="TimeProvider"/> timer sets. Thread.Sleep would block just the same but could not be driven by a
/// fake clock; this can, from the test's thread.
/// </summary>
internal static class BlockingWait
{
    /// <summary>Blocks for <paramref name="duration"/>; false when cancelled first.</summary>
    public static bool Block(TimeProvider time, TimeSpan duration, CancellationToken cancellationToken)
    {
        // Not disposed on purpose: a timer callback already in flight may still Set it after we return, and an
        // event whose wait handle was never requested owns nothing that needs releasing.
#pragma warning disable CA2000
        var signal = new ManualResetEventSlim(initialState: false, spinCount: 0);
#pragma warning restore CA2000
        using var timer = time.CreateTimer(
            static state => ((ManualResetEventSlim)state!).Set(),
            signal,
            duration,
            Timeout.InfiniteTimeSpan);
        try
        {
            signal.Wait(cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
