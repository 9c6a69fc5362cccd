namespace AsyncBot.Core.Race;

/// <summary>How one task ended.</summary>
public enum RaceTaskOutcome : byte
{
    /// <summary>Never began: the run was cancelled (or failed) before its turn.</summary>
    NotStarted,

    /// <summary>Did all its work.</summary>
    Finished,

    /// <summary>Began, then was stopped by cancellation.</summary>
    Cancelled,

    /// <summary>Began, then the run failed around it.</summary>
    Failed,
}
