using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;

namespace AsyncBot.Core.Tests.Fetch;

/// <summary>
/// With private networks not allowed, a loopback server must see nothing. "Public" destinations are simulated: the
/// fake resolver names a public address and the test dialer translates exactly that address to 127.0.0.1.
/// </summary>
public sealed class FetchEngineSafetyTests
{
    private const string PublicAddress = "93.184.216.34";

    [Fact]
    public async Task RunAsync_LoopbackInEverySpelling_IsRefusedAndTheServerSeesNothing()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        var port = server.Port;
        var resolver = new FakeHostResolver().Map("loop.test", "127.0.0.1").Map("mapped.test", "::ffff:127.0.0.1");
        using var test = new TestFetchEngine(Safe, resolver);
        string[] urls =
        [
            $"http://127.0.0.1:{port}/ok", $"http://127.1:{port}/ok", $"http://2130706433:{port}/ok",
            $"http://0x7f.0.0.1:{port}/ok", $"http://017700000001:{port}/ok", $"http://127.0.0.1.:{port}/ok",
            $"http://[::ffff:127.0.0.1]:{port}/ok", $"http://[::127.0.0.1]:{port}/ok", $"http://[::1]:{port}/ok",
            $"http://localhost:{port}/ok", $"http://foo.localhost:{port}/ok", $"http://loop.test:{port}/ok",
            $"http://mapped.test:{port}/ok", $"http://0.0.0.0:{port}/ok",
        ];

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Concurrent, urls));

        Assert.All(result.Urls, url => Assert.Equal((FetchOutcome.Refused, FetchFailureKind.Refused), (url.Outcome, url.Failure)));
        Assert.Equal("resolves to a loopback address (127.0.0.1)", result.Urls[11].Error);
        Assert.Equal("'foo.localhost' is a loopback name", result.Urls[10].Error);
        Assert.Equal(0, server.RequestCount);
        Assert.Empty(test.Dialer.Attempts);
    }

    [Theory]
    [InlineData("10.0.0.5", "resolves to a private address (10.0.0.5)")]
    [InlineData("169.254.169.254", "resolves to a link-local address (169.254.169.254)")]
    [InlineData("100.64.1.1", "resolves to a carrier-grade NAT address (100.64.1.1)")]
    [InlineData("fd00:ec2::254", "resolves to a unique-local address (fd00:ec2::254)")]
    [InlineData("64:ff9b::a9fe:a9fe", "resolves to a link-local address (64:ff9b::a9fe:a9fe)")]
    public async Task RunAsync_NameResolvingToPrivateAddress_IsRefusedWithoutAnyConnection(string address, string reason)
    {
        using var test = new TestFetchEngine(Safe, new FakeHostResolver().Map("internal.test", address));

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, "http://internal.test/admin"));

        Assert.Equal((FetchOutcome.Refused, reason), (result.Urls[0].Outcome, result.Urls[0].Error));
        Assert.Empty(test.Dialer.Attempts);
    }

    [Fact]
    public async Task RunAsync_PublicDestination_IsFetched()
    {
        // The control for every refusal here: the same setup does reach a destination the policy allows.
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        var resolver = new FakeHostResolver().Map("public.test", PublicAddress);
        using var test = new TestFetchEngine(Safe, resolver, new LoopbackOnlyDialer().Translate(PublicAddress));

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, $"http://public.test:{server.Port}/ok"));

        Assert.Equal((FetchOutcome.Finished, 200), (result.Urls[0].Outcome, result.Urls[0].StatusCode));
        Assert.Equal(1, server.RequestCount);
        Assert.Equal($"public.test:{server.Port}", server.Requests.Single().Headers["Host"]);
    }

    [Fact]
    public async Task RunAsync_DnsRebindingToLoopbackAtConnectTime_IsRefusedByTheConnectCheck()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        // The early check sees a public address; the connection's own lookup a moment later gets loopback.
        var resolver = new FakeHostResolver().Map("rebind.test", PublicAddress).Map("rebind.test", "127.0.0.1");
        using var test = new TestFetchEngine(Safe, resolver, new LoopbackOnlyDialer().Translate(PublicAddress));

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, $"http://rebind.test:{server.Port}/ok"));

        Assert.Equal((FetchOutcome.Refused, "resolves to a loopback address (127.0.0.1)"), (result.Urls[0].Outcome, result.Urls[0].Error));
        Assert.Equal(2, test.Resolver.Lookups.Count);
        Assert.Empty(test.Dialer.Attempts);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_RedirectToBlockedLoopbackServer_IsRefusedAndThatServerSeesNothing()
    {
        await using var target = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        await using var origin = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        var resolver = new FakeHostResolver().Map("public.test", PublicAddress);
        using var test = new TestFetchEngine(Safe, resolver, new LoopbackOnlyDialer().Translate(PublicAddress));
        var to = Uri.EscapeDataString(target.Url("/ok"));

        var result = await test.Engine.RunAsync(
            TestFetchEngine.Plan(FetchMode.Sequential, $"http://public.test:{origin.Port}/redirect?to={to}"));

        var url = result.Urls[0];
        Assert.Equal((FetchOutcome.Refused, "redirect refused: 127.0.0.1 is a loopback address"), (url.Outcome, url.Error));
        Assert.Equal(1, origin.RequestCount);
        Assert.Equal(0, target.RequestCount);
        Assert.Single(test.Dialer.Attempts);
    }

    [Fact]
    public async Task RunAsync_RedirectToNameResolvingToMetadataAddress_IsRefusedBeforeConnecting()
    {
        await using var origin = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        var resolver = new FakeHostResolver().Map("public.test", PublicAddress).Map("metadata.test", "169.254.169.254");
        using var test = new TestFetchEngine(Safe, resolver, new LoopbackOnlyDialer().Translate(PublicAddress));
        var to = Uri.EscapeDataString("http://metadata.test/latest/meta-data/");

        var result = await test.Engine.RunAsync(
            TestFetchEngine.Plan(FetchMode.Sequential, $"http://public.test:{origin.Port}/redirect?to={to}&code=307"));

        Assert.Equal("resolves to a link-local address (169.254.169.254)", result.Urls[0].Error);
        Assert.Equal(FetchOutcome.Refused, result.Urls[0].Outcome);
        Assert.All(test.Dialer.Attempts, endPoint => Assert.Equal(PublicAddress, endPoint.Address.ToString()));
        Assert.Empty(test.Dialer.Violations);
    }

    private static void Safe(FetchOptions options) => options.MaxUrls = 20;
}
