using System.Net;
using AsyncBot.Core.Fetch;

namespace AsyncBot.Tests.Playground.Api;

public sealed class FetchStreamEndpointTests
{
    [Fact]
    public async Task Fetch_LoopbackSiteAllowed_StreamsEachUrlThenTheSummary()
    {
        await using var site = await LoopbackSite.StartAsync();
        await using var rig = await RunApiRig.StartAsync(fakeClock: false, new Dictionary<string, string?> { ["Fetch:AllowPrivateNetworks"] = "true" });
        var a = site.Address + "/a";
        var b = site.Address + "/b";

        using var response = await rig.OpenAsync($"/api/fetch?url={Uri.EscapeDataString(a)}&url={Uri.EscapeDataString(b)}&mode=sequential");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await new SseReader(await response.Content.ReadAsStreamAsync()).RestAsync();

        Assert.Equal(["plan", "fetch_started", "fetch_finished", "fetch_started", "fetch_finished", "summary"], events.Select(e => e.Name));
        Assert.Equal([a, a, b, b], events[1..5].Select(e => e.Json.GetProperty("url").GetString()));
        var summary = events[^1].Json;
        Assert.Equal("sequential", summary.GetProperty("mode").GetString());
        Assert.Equal(2, summary.GetProperty("count").GetInt32());
        Assert.Equal(2, site.Requests);
    }

    [Fact]
    public async Task Fetch_LoopbackUrlUnderDefaultRules_Is400WithTheCommandsReasonWithoutConnecting()
    {
        await using var site = await LoopbackSite.StartAsync();
        await using var rig = await RunApiRig.StartAsync(fakeClock: false);
        var url = site.Address + "/a";
        Assert.False(FetchPlan.TryCreate([url], FetchMode.Concurrent, new FetchOptions(), out _, out var expected));

        using var response = await rig.Http.GetAsync($"/api/fetch?url={Uri.EscapeDataString(url)}");

        // Refusable without the network, so it is bad input like the command's: no stream, no run, no request.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected + "\n", await response.Content.ReadAsStringAsync());
        Assert.Contains("loopback", expected, StringComparison.Ordinal);
        Assert.Equal(0, site.Requests);
    }

    [Fact]
    public async Task Fetch_UnknownMode_Is400WithTheCommandsReason()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: false);

        using var response = await rig.Http.GetAsync("/api/fetch?mode=fastest");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(FetchModeNames.UnknownModeMessage("fastest") + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Fetch_TooManyUrls_Is400WithTheCommandsReason()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: false);
        var urls = Enumerable.Range(0, new FetchOptions().MaxUrls + 1).Select(i => $"http://127.0.0.1:9/{i}").ToArray();
        Assert.False(FetchPlan.TryCreate(urls, FetchMode.Concurrent, new FetchOptions(), out _, out var expected));

        using var response = await rig.Http.GetAsync("/api/fetch?" + string.Join('&', urls.Select(u => "url=" + Uri.EscapeDataString(u))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected + "\n", await response.Content.ReadAsStringAsync());
    }
}
