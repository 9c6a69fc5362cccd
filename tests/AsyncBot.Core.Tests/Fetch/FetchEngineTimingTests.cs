using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchEngineTimingTests
{
    [Fact]
    public async Task RunAsync_CompareFiveOneSecondUrls_ConcurrentTakesAboutOneSequentialAboutFive()
    {
        // The one real-time test: the tutorial's lesson itself, with generous bounds for a busy two-core machine.
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);
        var urls = Enumerable.Range(1, 5).Select(i => server.Url($"/slow?ms=1000&i={i}")).ToArray();
        var observer = new RecordingObserver();

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Compare, urls), observer);

        var (sequential, concurrent) = (result.Runs[0], result.Runs[1]);
        Assert.Equal((FetchMode.Sequential, FetchMode.Concurrent), (sequential.Mode, concurrent.Mode));
        Assert.Equal((5, 5), (sequential.Received, concurrent.Received));
        Assert.InRange(sequential.Elapsed.TotalSeconds, 4.9, 15);
        Assert.InRange(concurrent.Elapsed.TotalSeconds, 0.95, 3);
        Assert.True(result.Ratio > 2, $"ratio {result.Ratio}");
        Assert.True(concurrent.Speedup > 2, $"speedup {concurrent.Speedup}");
        Assert.InRange(sequential.Speedup, 0.9, 1.01);
        // Sequential: each URL starts after the previous one finished.
        for (var i = 1; i < 5; i++)
        {
            Assert.True(sequential.Urls[i].StartedAt >= sequential.Urls[i - 1].FinishedAt);
        }

        Assert.Equal(FetchMode.Sequential, observer.Events[0].Leg);
        Assert.Equal(FetchMode.Concurrent, observer.Events[^1].Leg);
    }

    [Fact]
    public async Task RunAsync_ConcurrentWithCapOfTwo_ServerNeverSeesMoreThanTwoInFlight()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options =>
        {
            options.AllowPrivateNetworks = true;
            options.MaxConcurrency = 2;
        });
        var urls = Enumerable.Range(1, 6).Select(i => server.Url($"/slow?ms=200&i={i}")).ToArray();

        var result = await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Concurrent, urls));

        Assert.Equal(6, result.Received);
        Assert.Equal(2, server.MaxInFlight);
    }

    [Fact]
    public async Task RunAsync_ConcurrentUncapped_RunsAllAtOnce()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);
        var urls = Enumerable.Range(1, 4).Select(i => server.Url($"/slow?ms=300&i={i}")).ToArray();

        await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Concurrent, urls));

        Assert.Equal(4, server.MaxInFlight);
    }

    [Fact]
    public async Task RunAsync_Sequential_ServerNeverSeesTwoAtOnce()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true);
        var urls = Enumerable.Range(1, 3).Select(i => server.Url($"/slow?ms=50&i={i}")).ToArray();

        await test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Sequential, urls));

        Assert.Equal(1, server.MaxInFlight);
        Assert.Equal(3, server.RequestCount);
    }
}
