namespace AsyncBot.Core.Tests.Race;

/// <summary>
/// The few tests that measure real time (CPU work) run alone, so the rest of this suite cannot load the cores
/// they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealTimeTests
{
    public const string Name = "Real time";
}
