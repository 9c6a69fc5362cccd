using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchEngineTests
{
    [Fact]
    public async Task RunAsync_MixedEndpoints_OneUrlFailingNeverFailsTheOthers()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var closedPort = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now: connection refused
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);
        var plan = TestFetchEngine.Plan(FetchMode.Concurrent,
            server.Url("/ok"), server.Url("/status?code=404"), server.Url("/status?code=500"),
            $"http://127.0.0.1:{closedPort}/", "http://nowhere.test/", "ftp://127.0.0.1/");

        var result = await test.Engine.RunAsync(plan);

        var urls = result.Urls;
        Assert.Equal((FetchOutcome.Finished, 200, 5L), (urls[0].Outcome, urls[0].StatusCode, urls[0].Bytes));
        Assert.Equal((FetchOutcome.Finished, 404), (urls[1].Outcome, urls[1].StatusCode));
        Assert.Equal((FetchOutcome.Finished, 500), (urls[2].Outcome, urls[2].StatusCode));
        Assert.Equal((FetchOutcome.Failed, FetchFailureKind.Connection, "connection refused"), (urls[3].Outcome, urls[3].Failure, urls[3].Error));
        Assert.Equal((FetchOutcome.Failed, FetchFailureKind.Dns), (urls[4].Outcome, urls[4].Failure));
        Assert.Equal((FetchOutcome.Refused, "the scheme 'ftp' is not allowed (use http or https)"), (urls[5].Outcome, urls[5].Error));
        Assert.Equal(1, result.Received);
        Assert.False(result.AllFailedForNetwork);
        Assert.Empty(test.Dialer.Violations);
    }

    [Fact]
    public async Task RunAsync_EveryUrl_PublishesStartedThenExactlyOneEnding()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);
        var observer = new RecordingObserver();
        var plan = TestFetchEngine.Plan(FetchMode.Concurrent, server.Url("/ok"), server.Url("/status?code=404"), "ftp://x/");

        await test.Engine.RunAsync(plan, observer);

        var events = observer.Events;
        Assert.Equal([FetchEventKind.Started, FetchEventKind.Finished], events.Where(e => e.Index == 0).Select(e => e.Kind));
        Assert.Equal([FetchEventKind.Started, FetchEventKind.Finished], events.Where(e => e.Index == 1).Select(e => e.Kind));
        Assert.Equal([FetchEventKind.Refused], events.Where(e => e.Index == 2).Select(e => e.Kind));
        Assert.All(events.Where(e => e.Kind != FetchEventKind.Started), e => Assert.NotNull(e.Result));
        Assert.Equal(events.OrderBy(e => e.Offset).Select(e => e.Offset), events.Select(e => e.Offset));
        Assert.All(events, e => Assert.Equal(FetchMode.Concurrent, e.Leg));
    }

    [Fact]
    public async Task RunAsync_Request_SendsTheBotUserAgentAndNoCredentials()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);

        await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, server.Url("/ok")));

        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("AsyncBot/1.0.0 (+https://github.com/asyncbot/asyncbot)", request.Headers["User-Agent"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.False(request.Headers.ContainsKey("Cookie"));
    }

    [Fact]
    public async Task RunAsync_ObserverThatThrows_DoesNotStopTheRun()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);
        var observer = new Moq.Mock<IFetchObserver>();
        observer.Setup(o => o.OnEvent(Moq.It.IsAny<FetchEvent>())).Throws(new InvalidOperationException("observer bug"));

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Concurrent, server.Url("/ok"), server.Url("/ok")), observer.Object);

        Assert.Equal(2, result.Received);
        observer.Verify(o => o.OnEvent(Moq.It.IsAny<FetchEvent>()), Moq.Times.Exactly(4));
    }

    [Fact]
    public async Task RunAsync_PlanOverMaxUrls_IsRefusedWhole()
    {
        using var test = new TestFetchEngine(options =>
        {
            options.MaxUrls = 2;
            options.DefaultUrls.Add("http://a.test/");
        });
        var plan = TestFetchEngine.Plan(FetchMode.Concurrent, "http://a.test/", "http://b.test/", "http://c.test/");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Engine.RunAsync(plan));

        Assert.StartsWith("too many URLs: 3 given, at most 2 per run", error.Message);
        Assert.Empty(test.Resolver.Lookups);
    }

    [Fact]
    public async Task RunAsync_EveryUrlFailsDns_ReportsAllFailedForNetwork()
    {
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = false);
        var plan = TestFetchEngine.Plan(FetchMode.Compare, "https://jsonplaceholder.typicode.com/posts/1", "https://jsonplaceholder.typicode.com/posts/2");

        var result = await test.Engine.RunAsync(plan);

        Assert.True(result.AllFailedForNetwork);
        Assert.All(result.Runs.SelectMany(run => run.Urls), url => Assert.Equal(FetchFailureKind.Dns, url.Failure));
        Assert.Empty(test.Dialer.Attempts);
    }
}
