namespace AsyncBot.Tests.Playground.Browser;

/// <summary>
/// The browser tests share one <see cref="ChromiumFixture"/> and run one at a time, after the parallel tests and apart
/// from the other real-time collections: Chromium and the race timings must not compete for the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChromiumGroup : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
