namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Decides when a shard may send Identify. Discord lets one shard of each rate-limit bucket
/// (<see cref="IdentifyTurn.Bucket"/>) identify per <see cref="IdentifyTurn.Window"/>; every shard of the bot counts,
/// whichever process runs it, so shards in separate processes need a gate they share. The default,
/// <see cref="InProcessIdentifyGate"/>, paces the shards of one process. The gateway asks again after the returned
/// delay, on its own clock, until it gets its turn; the daily <c>remaining</c> budget is checked before the gate.
/// </summary>
public interface IIdentifyGate
{
    /// <summary>
    /// Whether the turns are shared with other processes. The gateway then asks <c>GET /gateway/bot</c> for the
    /// budget before every Identify, because other processes spend it too.
    /// </summary>
    bool SpansProcesses { get; }

    /// <summary>
    /// Takes the shard's turn if its bucket is free. <see cref="TimeSpan.Zero"/> means the turn is taken and Identify
    /// may go now; anything longer is how long to wait before asking again.
    /// </summary>
    ValueTask<TimeSpan> TryClaimAsync(IdentifyTurn turn, CancellationToken cancellationToken = default);

    /// <summary>
    /// Called as the claimed Identify goes out: the bucket's window starts again from here, so the time spent
    /// connecting and waiting for Hello after the claim does not shorten the gap Discord sees. Must not block.
    /// </summary>
    void IdentifySending(IdentifyTurn turn);
}
