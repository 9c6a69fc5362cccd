using AsyncBot.Core.Fetch;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchPlanTests
{
    [Fact]
    public void TryParse_NoUrls_UsesTheConfiguredDefaults()
    {
        var options = new FetchOptions();
        options.DefaultUrls.Add("https://example.com/a");

        Assert.True(FetchPlan.TryParse(null, null, options, out var plan, out _));

        Assert.Equal(["https://example.com/a"], plan.Urls);
        Assert.True(plan.UsesDefaultUrls);
        Assert.Equal(FetchMode.Concurrent, plan.Mode);
    }

    [Fact]
    public void TryParse_NoUrlsAndNoConfiguredDefaults_UsesTheTutorialsFive()
    {
        Assert.True(FetchPlan.TryParse("  ", "sequential", new FetchOptions(), out var plan, out _));

        Assert.Equal(FetchOptions.TutorialUrls, plan.Urls);
        Assert.Equal(5, plan.Urls.Count);
        Assert.Equal(FetchMode.Sequential, plan.Mode);
    }

    [Fact]
    public void TryParse_SpaceSeparatedUrls_KeepsTheirOrder()
    {
        Assert.True(FetchPlan.TryParse(" https://a.example/1   http://b.example/2\thttps://c.example/3 ", "Compare", new FetchOptions(), out var plan, out _));

        Assert.Equal(["https://a.example/1", "http://b.example/2", "https://c.example/3"], plan.Urls);
        Assert.False(plan.UsesDefaultUrls);
        Assert.Equal(FetchMode.Compare, plan.Mode);
    }

    [Fact]
    public void TryParse_MoreThanMaxUrls_RefusesTheWholeRequest()
    {
        var urls = string.Join(' ', Enumerable.Range(1, 11).Select(i => $"https://example.com/{i}"));

        Assert.False(FetchPlan.TryParse(urls, null, new FetchOptions(), out var plan, out var error));

        Assert.Null(plan);
        Assert.Equal("too many URLs: 11 given, at most 10 per run", error);
    }

    [Fact]
    public void TryParse_UnknownMode_SaysWhichModesExist()
    {
        Assert.False(FetchPlan.TryParse(null, "parallel", new FetchOptions(), out _, out var error));

        Assert.Equal("unknown mode 'parallel' (use concurrent, sequential, compare)", error);
    }

    [Fact]
    public void TryCreate_UrlsThatWillBeRefused_StillMakeAPlan()
    {
        // Per-URL refusals are reported by the engine, URL by URL, while the other URLs run.
        Assert.True(FetchPlan.TryCreate(["ftp://x", "https://example.com/"], FetchMode.Concurrent, new FetchOptions(), out var plan, out _));

        Assert.Equal(2, plan.Urls.Count);
    }

    [Theory]
    [InlineData(FetchMode.Concurrent, "concurrent")]
    [InlineData(FetchMode.Sequential, "sequential")]
    [InlineData(FetchMode.Compare, "compare")]
    public void ModeNames_RoundTrip(FetchMode mode, string name)
    {
        Assert.Equal(name, mode.ToName());
        Assert.True(FetchModeNames.TryParse(name.ToUpperInvariant(), out var parsed));
        Assert.Equal(mode, parsed);
    }
}
