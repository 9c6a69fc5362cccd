namespace AsyncBot.Runs;

/// <summary>What health says about the store that run state lives in.</summary>
/// <param name="Configured">Whether run state is shared through a store at all (false: this process's memory).</param>
/// <param name="Reachable">Whether the store answers now. Always true when none is configured.</param>
/// <param name="UnreachableSince">When this process first saw it unreachable, while it is.</param>
public readonly record struct RunStoreReport(bool Configured, bool Reachable, DateTimeOffset? UnreachableSince)
{
    /// <summary>Run state in this process's memory: nothing to reach.</summary>
    public static RunStoreReport InMemory => new(false, true, null);
}
