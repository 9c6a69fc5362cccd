using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchEngineBodyTests
{
    private const int Cap = 256 * 1024;

    [Fact]
    public async Task RunAsync_EndlessBody_ReadsOnlyUpToTheCapAndServerStopsSoon()
    {
        // Small socket buffers on both ends keep the in-flight slack small enough to measure.
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync, sendBufferSize: 64 * 1024);
        var dialer = new LoopbackOnlyDialer { ReceiveBufferSize = 64 * 1024 };
        using var test = new TestFetchEngine(Configure, dialer: dialer);

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, server.Url("/endless")));

        var url = Assert.Single(result.Urls);
        Assert.Equal((FetchOutcome.Finished, 200, (long)Cap, true), (url.Outcome, url.StatusCode, url.Bytes, url.Truncated));
        var exchange = Assert.Single(server.Exchanges);
        await exchange.Finished.WaitAsync(TimeSpan.FromSeconds(20));
        // The server could write only what the client read plus socket buffers (about 370 KB here): far from the
        // 100 MB it offered, which buffering the body or reading past the cap would have pulled through.
        Assert.InRange(exchange.BodyBytesWritten, Cap, Cap + (768 * 1024));
    }

    [Fact]
    public async Task RunAsync_DeclaredHugeBody_IsTruncatedAtTheCap()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(Configure);

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, server.Url("/bytes?n=104857600")));

        Assert.Equal(((long)Cap, true), (result.Urls[0].Bytes, result.Urls[0].Truncated));
    }

    [Theory]
    [InlineData(Cap, false, false)]
    [InlineData(Cap, true, false)]
    [InlineData(Cap + 1, false, true)]
    [InlineData(Cap + 1, true, true)]
    [InlineData(1000, true, false)]
    [InlineData(0, false, false)]
    public async Task RunAsync_BodyNearTheCap_ReportsTruncationOnlyWhenLonger(int size, bool chunked, bool truncated)
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(Configure);
        var url = server.Url($"/bytes?n={size}" + (chunked ? "&chunked=1" : string.Empty));

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, url));

        Assert.Equal((Math.Min(size, (long)Cap), truncated), (result.Urls[0].Bytes, result.Urls[0].Truncated));
    }

    private static void Configure(FetchOptions options)
    {
        options.AllowPrivateNetworks = true;
        options.MaxResponseBytes = Cap;
    }
}
