namespace AsyncBot.Runs;

/// <summary>
/// Who has which runs going, and the way to cancel them: the run state of the bot behind one small port. One
/// process keeps it in memory (<see cref="InMemoryRunRegistry"/>); replicas sharing the work would keep it in a
/// shared store, which is why every member that may touch that state is asynchronous and takes a token.
/// </summary>
/// <remarks>
/// Implementations must be safe to call from many threads at once. A run is known by its id (the interaction id of
/// the command that started it) and belongs to one owner (the user who started it).
/// </remarks>
public interface IRunRegistry
{
    /// <summary>
    /// Admits a new run for <paramref name="ownerId"/> under the per-user and total limits, or says why not. Both
    /// limits are checked and the slot is taken as one atomic step, so two admissions racing for the last slot
    /// cannot both win. The returned run must be disposed when it ends, which frees its slot.
    /// </summary>
    ValueTask<RunAdmission> TryStartAsync(string runId, string ownerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="TryStartAsync(string, string, CancellationToken)"/> for a run whose messages go to
    /// <paramref name="replyTo"/>: a registry shared by replicas keeps it, so that if this process dies mid-run
    /// another can tell the run's user the run was lost.
    /// </summary>
    ValueTask<RunAdmission> TryStartAsync(string runId, string ownerId, RunReplyAddress replyTo, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels run <paramref name="runId"/> on behalf of <paramref name="userId"/>; only the owner may. The run's
    /// token fires wherever the run is going.
    /// </summary>
    ValueTask<CancelOutcome> TryCancelAsync(string runId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Cancels every run this process holds and refuses new ones (shutdown).</summary>
    ValueTask CancelAllAsync(CancellationToken cancellationToken = default);

    /// <summary>How many runs this process holds. A snapshot, for tests and diagnostics; admission never reads it.</summary>
    int ActiveCount { get; }
}
