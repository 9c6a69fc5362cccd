using System.Collections.Concurrent;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// Interaction ids accepted recently, so a captured request sent again is refused. A replay can only pass the
/// timestamp check within <see cref="HttpEndpointOptions.MaxClockSkew"/> of its signing time, and the original was
/// accepted within the same window, so ids older than twice that can be forgotten.
/// </summary>
internal sealed class ReplayGuard(TimeProvider timeProvider)
{
    private static readonly TimeSpan Memory = 2 * HttpEndpointOptions.MaxClockSkew;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Lock _sweep = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public int Count => _seen.Count;

    /// <summary>True the first time <paramref name="interactionId"/> is seen; false for a replay.</summary>
    public bool TryAccept(string interactionId)
    {
        var now = timeProvider.GetUtcNow();
        Sweep(now);
        return _seen.TryAdd(interactionId, now);
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < SweepEvery || !_sweep.TryEnter())
        {
            return;
        }

        try
        {
            _lastSweep = now;
            foreach (var (id, seenAt) in _seen)
            {
                if (now - seenAt > Memory)
                {
                    _seen.TryRemove(id, out _);
                }
            }
        }
        finally
        {
            _sweep.Exit();
        }
    }
}
