using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;
using static AsyncBot.Core.Tests.Fetch.Support.FetchResults;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchTextRendererTests
{
    private const string Url = "https://x/posts/1";

    [Fact]
    public void RenderEvent_Started_NamesTheUrl() =>
        Assert.Equal("GET https://x/posts/1: Started", FetchTextRenderer.RenderEvent(Event(FetchEventKind.Started, null)));

    [Fact]
    public void RenderEvent_Finished_GivesStatusBytesAndMilliseconds() =>
        Assert.Equal("GET https://x/posts/1: 200 OK, 292 bytes in 118 ms",
            FetchTextRenderer.RenderEvent(Event(FetchEventKind.Finished, Ok(0, Url, 2.4, 120.6))));

    [Fact]
    public void RenderEvent_NotFound_IsStillAFinishedResponse() =>
        Assert.Equal("GET https://x/posts/1: 404 Not Found, 9 bytes in 30 ms",
            FetchTextRenderer.RenderEvent(Event(FetchEventKind.Finished, Ok(0, Url, 0, 30, 9, 404, "Not Found"))));

    [Fact]
    public void RenderEvent_TruncatedAfterRedirects_SaysBoth()
    {
        var result = Ok(0, Url, 0, 300, 1_048_576) with { Truncated = true, Redirects = 2 };

        Assert.Equal("GET https://x/posts/1: 200 OK, 1048576 bytes in 300 ms after 2 redirects (truncated at 1048576 bytes)",
            FetchTextRenderer.RenderEvent(Event(FetchEventKind.Finished, result)));
    }

    [Fact]
    public void RenderEvent_Refused_GivesTheReason() =>
        Assert.Equal("GET https://x/posts/1: refused — resolves to a private address (10.0.0.5)",
            FetchTextRenderer.RenderEvent(Event(FetchEventKind.Refused, Refused(0, Url, "resolves to a private address (10.0.0.5)"))));

    [Fact]
    public void RenderEvent_Failed_GivesTheReasonAndTime() =>
        Assert.Equal("GET https://x/posts/1: failed — timed out after 10 s after 10000 ms",
            FetchTextRenderer.RenderEvent(Event(FetchEventKind.Failed, Failed(0, Url, FetchFailureKind.Timeout, "timed out after 10 s", 0, 10_000))));

    [Fact]
    public void RenderEvent_Cancelled_SaysWhetherItHadStarted()
    {
        var started = new FetchUrlResult(0, Url, FetchOutcome.Cancelled, null, null, 0, Ms(0), Ms(500), false, "cancelled", FetchFailureKind.Cancelled, 0);
        var unstarted = started with { StartedAt = null, FinishedAt = null };

        Assert.Equal("GET https://x/posts/1: cancelled after 500 ms", FetchTextRenderer.RenderEvent(Event(FetchEventKind.Cancelled, started)));
        Assert.Equal("GET https://x/posts/1: cancelled before it started", FetchTextRenderer.RenderEvent(Event(FetchEventKind.Cancelled, unstarted)));
    }

    [Fact]
    public void RenderEvent_VeryLongUrl_IsShortened()
    {
        var url = "https://example.com/" + new string('a', 2000);

        var line = FetchTextRenderer.RenderEvent(new FetchEvent(FetchEventKind.Started, FetchMode.Concurrent, 0, url, TimeSpan.Zero, null));

        Assert.Equal("GET ".Length + FetchTextRenderer.MaxDisplayedUrlLength + ": Started".Length, line.Length);
        Assert.Contains("…: Started", line);
    }

    [Fact]
    public void RenderSummary_Concurrent_ReadsLikeTheTutorialWithTheSpeedup()
    {
        var run = new FetchRunResult(FetchMode.Concurrent,
            [Ok(0, Url, 0, 1000), Ok(1, Url, 0, 1010), Ok(2, Url, 5, 1020), Ok(3, Url, 5, 1015), Ok(4, Url, 5, 1005)], Ms(1020), false);

        var summary = FetchTextRenderer.RenderSummary(new FetchResult(FetchMode.Concurrent, 5, [run], Ms(1021), false));

        Assert.Equal(
            "Concurrent requests completed in 1.02 seconds\nReceived 5 responses\none after another would take about 5.04 s (4.9× faster)",
            summary);
    }

    [Fact]
    public void RenderSummary_CompareWithProblems_TalliesThemAndGivesTheRatio()
    {
        FetchUrlResult[] sequentialUrls = [Ok(0, Url, 0, 1000), Ok(1, Url, 1000, 2000, 9, 404, "Not Found"), Refused(2, "ftp://x", "no")];
        FetchUrlResult[] concurrentUrls = [Ok(0, Url, 0, 500), Failed(1, Url, FetchFailureKind.Dns, "DNS lookup failed", 0, 20), Refused(2, "ftp://x", "no")];
        var result = new FetchResult(FetchMode.Compare, 3,
            [new FetchRunResult(FetchMode.Sequential, sequentialUrls, Ms(2000), false), new FetchRunResult(FetchMode.Concurrent, concurrentUrls, Ms(500), false)],
            Ms(2500), false);

        var lines = FetchTextRenderer.RenderSummary(result).Split('\n');

        Assert.Equal("Sequential requests completed in 2.00 seconds", lines[0]);
        Assert.Equal("Received 1 response (1 not 2xx, 1 refused)", lines[1]);
        Assert.Equal("the requests took 2.00 s in total, one at a time", lines[2]);
        Assert.Equal("Concurrent requests completed in 0.50 seconds", lines[3]);
        Assert.Equal("Received 1 response (1 failed, 1 refused)", lines[4]);
        Assert.Equal("Concurrent was 4.0× faster than sequential", lines[^1]);
    }

    [Fact]
    public void RenderSummary_Cancelled_SaysSo()
    {
        var run = new FetchRunResult(FetchMode.Concurrent, [Ok(0, Url, 0, 100)], Ms(520), true);

        Assert.StartsWith("Concurrent requests cancelled after 0.52 seconds\nReceived 1 response",
            FetchTextRenderer.RenderSummary(new FetchResult(FetchMode.Concurrent, 1, [run], Ms(520), true)));
    }

    [Fact]
    public void RenderNoNetworkHint_DefaultUrlsAllFailingDns_ExplainsTheyNeedInternet()
    {
        var run = new FetchRunResult(FetchMode.Concurrent,
            [Failed(0, Url, FetchFailureKind.Dns, "DNS lookup failed", 0, 5), Failed(1, Url, FetchFailureKind.Network, "network unreachable", 0, 5)], Ms(5), false);
        var result = new FetchResult(FetchMode.Concurrent, 2, [run], Ms(5), false);
        Assert.True(FetchPlan.TryCreate(null, FetchMode.Concurrent, new FetchOptions(), out var defaults, out _));

        Assert.Contains("the default URLs need internet access", FetchTextRenderer.RenderNoNetworkHint(defaults, result));
    }

    [Fact]
    public void RenderNoNetworkHint_SomethingWorked_IsNull()
    {
        var run = new FetchRunResult(FetchMode.Concurrent,
            [Failed(0, Url, FetchFailureKind.Dns, "DNS lookup failed", 0, 5), Failed(1, Url, FetchFailureKind.Timeout, "timed out", 0, 5)], Ms(5), false);
        Assert.True(FetchPlan.TryCreate(null, FetchMode.Concurrent, new FetchOptions(), out var defaults, out _));

        Assert.Null(FetchTextRenderer.RenderNoNetworkHint(defaults, new FetchResult(FetchMode.Concurrent, 2, [run], Ms(5), false)));
    }

    [Fact]
    public void RenderPlan_DefaultUrls_DescribesModeAndLimits()
    {
        Assert.True(FetchPlan.TryCreate(null, FetchMode.Concurrent, new FetchOptions(), out var plan, out _));

        Assert.Equal(
            "Fetching 5 URLs (the tutorial's defaults) concurrently (at most 10 at a time), 10 s limit and 1048576 bytes read per URL",
            FetchTextRenderer.RenderPlan(plan, new FetchOptions()));
    }

    [Fact]
    public void RenderLegHeading_Legs_MatchTheTutorial()
    {
        Assert.Equal("Running sequential version first:", FetchTextRenderer.RenderLegHeading(FetchMode.Sequential));
        Assert.Equal("Running concurrent version now:", FetchTextRenderer.RenderLegHeading(FetchMode.Concurrent));
    }

    private static FetchEvent Event(FetchEventKind kind, FetchUrlResult? result) =>
        new(kind, FetchMode.Concurrent, 0, Url, TimeSpan.Zero, result);
}
