namespace AsyncBot.Commands;

/// <summary>Time bounds that keep every run inside the life of its interaction token.</summary>
internal static class RunLimits
{
    /// <summary>
    /// The longest a run may plan to take. Interaction tokens live 15 minutes; ten leave room for the summary, the
    /// final edit and rate-limit waits even when CPU-bound work overruns its plan.
    /// </summary>
    public static readonly TimeSpan MaxPlannedDuration = TimeSpan.FromMinutes(10);

    /// <summary>A run still going at this age is cancelled, whatever its plan said, so its summary still gets out.</summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(12);
}
