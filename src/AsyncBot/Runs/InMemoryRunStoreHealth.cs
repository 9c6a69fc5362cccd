namespace AsyncBot.Runs;

/// <summary>Run state kept in this process: always reachable, reported as no store.</summary>
internal sealed class InMemoryRunStoreHealth : IRunStoreHealth
{
    public RunStoreReport Report() => RunStoreReport.InMemory;
}
