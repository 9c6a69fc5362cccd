using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchEngineRedirectTests
{
    [Fact]
    public async Task RunAsync_FiveRedirects_AreFollowedToTheEnd()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, server.Url("/chain?n=5")));

        var url = result.Urls[0];
        Assert.Equal((FetchOutcome.Finished, 200, 5, 12L), (url.Outcome, url.StatusCode, url.Redirects, url.Bytes));
        Assert.Equal(6, server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_SixRedirects_FailsWithoutTheSeventhRequest()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, server.Url("/chain?n=6")));

        var url = result.Urls[0];
        Assert.Equal((FetchOutcome.Failed, FetchFailureKind.Redirect, "more than 5 redirects"), (url.Outcome, url.Failure, url.Error));
        Assert.Equal(6, server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_RedirectHops_CarryNoCookieTheServerSet()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);

        await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, server.Url("/chain?n=2")));

        Assert.Equal(3, server.RequestCount);
        Assert.All(server.Requests, request =>
        {
            Assert.False(request.Headers.ContainsKey("Cookie"));
            Assert.False(request.Headers.ContainsKey("Authorization"));
        });
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/file", "redirect refused: the scheme 'ftp' is not allowed (use http or https)")]
    [InlineData("file:///etc/passwd", "redirect refused: the scheme 'file' is not allowed (use http or https)")]
    [InlineData("http://user:pw@127.0.0.1/", "redirect refused: URLs with a user name or password are not allowed")]
    public async Task RunAsync_RedirectToForbiddenUrl_IsRefusedEvenWithPrivateNetworks(string location, string reason)
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);

        var result = await test.Engine.RunAsync(
            TestFetchEngine.Plan(FetchMode.Sequential, server.Url($"/redirect?to={Uri.EscapeDataString(location)}")));

        Assert.Equal((FetchOutcome.Refused, reason), (result.Urls[0].Outcome, result.Urls[0].Error));
        Assert.Equal(1, server.RequestCount);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task RunAsync_RelativeRedirect_IsResolvedAgainstTheCurrentUrl(int code)
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);

        var result = await test.Engine.RunAsync(
            TestFetchEngine.Plan(FetchMode.Sequential, server.Url($"/redirect?to=%2Fok&code={code}")));

        Assert.Equal((200, 1), (result.Urls[0].StatusCode, result.Urls[0].Redirects));
        Assert.Equal(["/redirect", "/ok"], server.Requests.Select(request => request.Path));
    }
}
