namespace AsyncBot.Runs;

/// <summary>
/// Who has which runs going, and the way to cancel them. Kept behind this small interface because run state lives
/// in one process today and is meant to move to a shared store when the bot runs as several replicas.
/// </summary>
public interface IRunRegistry
{
    /// <summary>
    /// Admits a new run for <paramref name="ownerId"/> under the per-user and total limits, or says why not.
    /// The returned run must be disposed when it ends, which frees its slot.
    /// </summary>
    RunAdmission TryStart(string runId, string ownerId);

    /// <summary>Cancels a run on behalf of <paramref name="userId"/>; only the owner may.</summary>
    CancelOutcome TryCancel(string runId, string userId);

    /// <summary>Cancels every run (shutdown).</summary>
    void CancelAll();

    /// <summary>How many runs are going.</summary>
    int ActiveCount { get; }
}

/// <summary>The answer to <see cref="IRunRegistry.TryStart"/>: a run, or a sentence for the user.</summary>
/// <param name="Run">The admitted run, when admitted.</param>
/// <param name="Refusal">Why not, when refused.</param>
public sealed record RunAdmission(ActiveRun? Run, string? Refusal);

/// <summary>What a cancel request did.</summary>
public enum CancelOutcome
{
    /// <summary>The run was going and is now cancelled.</summary>
    Cancelled,
    /// <summary>The run belongs to someone else.</summary>
    NotOwner,
    /// <summary>No such run is going (finished already, or never existed).</summary>
    NotFound,
}
