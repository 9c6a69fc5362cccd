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

    [Theory]
    [InlineData("file:///etc/passwd", "scheme 'file'")]
    [InlineData("ftp://example.com/", "scheme 'ftp'")]
    [InlineData("https://user:pw@example.com/", "user name or password")]
    [InlineData("example.com/page", "not an absolute")]
    [InlineData("/posts/1", "not an absolute")]
    [InlineData("@everyone", "not an absolute")]
    [InlineData("<@123>", "not an absolute")]
    [InlineData("http://0x7f000001:9/", "127.0.0.1 is a loopback address")]
    [InlineData("http://2130706433/", "127.0.0.1 is a loopback address")]
    [InlineData("http://127.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0177.0.0.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://127.0.0.1./", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]/", "loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback address")]
    [InlineData("http://[fe80::1]/", "link-local address")]
    [InlineData("http://[fc00::1]/", "unique-local address")]
    [InlineData("http://[fd12:3456::1]/", "unique-local address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://0.0.0.0/", "the unspecified address")]
    [InlineData("http://10.1.2.3/", "a private address")]
    [InlineData("http://192.168.0.1/", "a private address")]
    [InlineData("http://localhost/", "'localhost' is a loopback name")]
    [InlineData("http://LOCALHOST./", "'localhost' is a loopback name")]
    [InlineData("http://x.localhost/", "'x.localhost' is a loopback name")]
    public void TryParse_UrlRefusableWithoutTheNetwork_RefusesTheRequestNamingTheUrlAndWhy(string url, string reason)
    {
        Assert.False(FetchPlan.TryParse($"https://example.com/ {url}", null, new FetchOptions(), out var plan, out var error));

        Assert.Null(plan);
        Assert.StartsWith($"cannot fetch {url}: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com/ ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SeveralBadUrls_NamesEachInOrder()
    {
        Assert.False(FetchPlan.TryParse("file:///etc/passwd https://example.com/ http://0x7f000001:9/", null, new FetchOptions(), out _, out var error));

        Assert.Equal(
            "cannot fetch file:///etc/passwd: the scheme 'file' is not allowed (use http or https); "
            + "cannot fetch http://0x7f000001:9/: 127.0.0.1 is a loopback address",
            error);
    }

    [Fact]
    public void TryParse_UrlLongerThanTheLimit_IsRefusedAndEchoedShortened()
    {
        var url = "https://example.com/" + new string('a', UrlPolicy.MaxUrlLength);

        Assert.False(FetchPlan.TryParse(url, null, new FetchOptions(), out _, out var error));

        Assert.Contains("longer than", error, StringComparison.Ordinal);
        Assert.True(error.Length < 300, error);
    }

    [Fact]
    public void TryParse_LoopbackWithPrivateNetworksAllowed_MakesAPlanButOtherSchemesStillFail()
    {
        var options = new FetchOptions { AllowPrivateNetworks = true };

        Assert.True(FetchPlan.TryParse("http://127.0.0.1:9/ http://localhost/", null, options, out var plan, out _));
        Assert.Equal(2, plan.Urls.Count);
        Assert.False(FetchPlan.TryParse("file:///etc/passwd", null, options, out _, out _));
    }

    [Fact]
    public void TryParse_PublicNames_MakeAPlanWithoutLookingThemUp()
    {
        // Whether a name resolves to a private address needs DNS: that stays a per-URL refusal of the run.
        Assert.True(FetchPlan.TryParse("https://internal.example/ http://8.8.8.8/", null, new FetchOptions(), out var plan, out _));

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
