using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchEngineCancellationTests
{
    [Fact]
    public async Task RunAsync_HangingUrl_TimesOutOnTheInjectedClockWhileOthersFinish()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        var time = new FakeTimeProvider();
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true, time: time);
        var observer = new RecordingObserver();
        var run = test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Concurrent, server.Url("/hang"), server.Url("/ok")), observer);
        await observer.WaitForAsync(e => e.Index == 1 && e.Kind == FetchEventKind.Finished);
        await server.WaitForRequestAsync("/hang");

        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        var hung = result.Urls[0];
        Assert.Equal((FetchOutcome.Failed, FetchFailureKind.Timeout, "timed out after 10 s"), (hung.Outcome, hung.Failure, hung.Error));
        Assert.Equal(TimeSpan.FromSeconds(10), hung.Duration);
        Assert.Equal((FetchOutcome.Finished, 200), (result.Urls[1].Outcome, result.Urls[1].StatusCode));
        Assert.False(result.Cancelled);
    }

    [Fact]
    public async Task RunAsync_CancelledDuringSequentialRun_ReportsStartedAndUnstartedUrlsCancelled()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options => options.AllowPrivateNetworks = true, time: new FakeTimeProvider());
        using var cancel = new CancellationTokenSource();
        var observer = new RecordingObserver();
        var plan = TestFetchEngine.Plan(FetchMode.Compare, server.Url("/ok"), server.Url("/hang"), server.Url("/ok?again"));
        var run = test.Engine.RunAsync(plan, observer, cancel.Token);
        await server.WaitForRequestAsync("/hang");

        await cancel.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(result.Cancelled);
        var leg = Assert.Single(result.Runs);
        Assert.Equal(FetchMode.Sequential, leg.Mode);
        Assert.Equal(FetchOutcome.Finished, leg.Urls[0].Outcome);
        Assert.Equal((FetchOutcome.Cancelled, "cancelled"), (leg.Urls[1].Outcome, leg.Urls[1].Error));
        Assert.NotNull(leg.Urls[1].StartedAt);
        Assert.Equal((FetchOutcome.Cancelled, "cancelled before it started"), (leg.Urls[2].Outcome, leg.Urls[2].Error));
        Assert.Null(leg.Urls[2].StartedAt);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(FetchEventKind.Cancelled, observer.Events[^1].Kind);
        Assert.Null(result.Ratio);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileWaitingForAConcurrencySlot_ReportsThoseUrlsCancelled()
    {
        await using var server = LoopbackHttpServer.Start(TestRoutes.HandleAsync);
        using var test = new TestFetchEngine(options =>
        {
            options.AllowPrivateNetworks = true;
            options.MaxConcurrency = 1;
        });
        using var cancel = new CancellationTokenSource();
        var run = test.Engine.RunAsync(TestFetchEngine.Plan(FetchMode.Concurrent, server.Url("/hang"), server.Url("/ok")), null, cancel.Token);
        await server.WaitForRequestAsync("/hang");

        await cancel.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.All(result.Urls, url => Assert.Equal(FetchOutcome.Cancelled, url.Outcome));
        Assert.Null(result.Urls[1].StartedAt);
        Assert.Equal(1, server.RequestCount);
    }
}
