namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Paces the shards of one process: a bucket is taken for <see cref="IdentifyTurn.Window"/> after each Identify,
/// measured on the <see cref="TimeProvider"/>. Thread-safe, so several gateway clients in one process may share it.
/// Shards in other processes are invisible to it.
/// </summary>
public sealed class InProcessIdentifyGate(TimeProvider time) : IIdentifyGate
{
    private readonly Dictionary<int, DateTimeOffset> _takenUntil = [];

    /// <inheritdoc />
    public bool SpansProcesses => false;

    /// <inheritdoc />
    public ValueTask<TimeSpan> TryClaimAsync(IdentifyTurn turn, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TryClaim(turn));

    /// <inheritdoc />
    public void IdentifySending(IdentifyTurn turn)
    {
        var until = time.GetUtcNow() + IdentifyTurn.Window;
        lock (_takenUntil)
        {
            _takenUntil[turn.Bucket] = until;
        }
    }

    /// <summary>The synchronous form of <see cref="TryClaimAsync"/>.</summary>
    public TimeSpan TryClaim(IdentifyTurn turn)
    {
        var now = time.GetUtcNow();
        lock (_takenUntil)
        {
            if (_takenUntil.TryGetValue(turn.Bucket, out var until) && until > now)
            {
                return until - now;
            }

            _takenUntil[turn.Bucket] = now + IdentifyTurn.Window;
            return TimeSpan.Zero;
        }
    }
}
