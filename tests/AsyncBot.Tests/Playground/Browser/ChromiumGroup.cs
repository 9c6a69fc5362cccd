namespace AsyncBot.Tests.Playground.Browser;

/// <summary>The browser tests share one <see cref="ChromiumFixture"/> and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumGroup : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
