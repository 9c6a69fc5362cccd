namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// End-to-end tests measure real time (replies within a bound, finishes near their planned second), so they run one
/// class at a time, after the parallel unit tests, instead of competing with each other for the machine's cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealTimeTests
{
    public const string Name = "Real time";
}
