namespace AsyncBot.Runs;

/// <summary>
/// Whether the run state store can be reached, for the health file and <c>/healthz</c>. A store outage leaves the
/// bot up (new runs are refused with a message, running ones finish), so health reports it rather than failing.
/// </summary>
public interface IRunStoreHealth
{
    /// <summary>The store's state now.</summary>
    RunStoreReport Report();
}
