using System.Runtime.CompilerServices;

namespace AsyncBot.Core.Race;

/// <summary>
/// Burns a fixed amount of computation that takes about the requested time on one otherwise idle core. The amount
/// is fixed up front (not "spin until the clock says so"), so when tasks outnumber cores each gets a slice of a core
/// and really takes longer — the honest lesson that CPU work scales with cores, not with awaits.
/// </summary>
internal static class CpuBurner
{
    // Many short samples rather than one long one: a millisecond usually fits inside one scheduler slice, so the
    // best sample is an uncontended core even when the machine is busy.
    private const int CalibrationSamples = 12;
    private const long CalibrationChunk = 1_000_000;

    private static long s_iterationsPerMillisecond;
    private static ulong s_sink;

    /// <summary>Measures this machine once (tens of milliseconds); later calls return at once.</summary>
    public static void EnsureCalibrated()
    {
        if (Volatile.Read(ref s_iterationsPerMillisecond) == 0)
        {
            Volatile.Write(ref s_iterationsPerMillisecond, Calibrate());
        }
    }

    /// <summary>Burns about <paramref name="duration"/> of one core; false when cancelled first.</summary>
    public static bool Burn(TimeSpan duration, CancellationToken cancellationToken)
    {
        EnsureCalibrated();
        var perMillisecond = Volatile.Read(ref s_iterationsPerMillisecond);
        var remaining = (long)(duration.TotalMilliseconds * perMillisecond);
        var state = (ulong)Environment.CurrentManagedThreadId | 1;
        while (remaining > 0)
        {
            // Check about once a millisecond: cancellation stays prompt without a registration per task.
            if (cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            var chunk = Math.Min(remaining, perMillisecond);
            state = Spin(state, chunk);
            remaining -= chunk;
        }

        Volatile.Write(ref s_sink, state);
        return true;
    }

    private static long Calibrate()
    {
        // Real time on purpose: this measures the CPU, which a fake clock knows nothing about.
        var best = double.MaxValue;
        var state = 1UL;
        Spin(state, CalibrationChunk);
        for (var i = 0; i < CalibrationSamples; i++)
        {
            var start = TimeProvider.System.GetTimestamp();
            state = Spin(state, CalibrationChunk);
            var took = TimeProvider.System.GetElapsedTime(start).TotalMilliseconds;
            best = Math.Min(best, took);
        }

        Volatile.Write(ref s_sink, state);
        return Math.Max(1, (long)(CalibrationChunk / Math.Max(best, 0.001)));
    }

    // Fully optimized from the first call, so the calibration measures the same code the burns run.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static ulong Spin(ulong state, long iterations)
    {
        for (var i = 0L; i < iterations; i++)
        {
            // xorshift64: cheap, dependent on the previous step, and impossible for the JIT to fold away.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
        }

        return state;
    }
}
