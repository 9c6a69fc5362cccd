using AsyncBot.Discord.Rest.RateLimits;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Rest.RateLimits;

public sealed class RouteRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task AcquireAsync_UnknownBucket_LetsOneRequestThroughUntilItsResponse()
    {
        var limiter = new RouteRateLimiter(_time);
        var first = await limiter.AcquireAsync();

        var second = limiter.AcquireAsync().AsTask();

        Assert.False(second.IsCompleted);
        first.Complete(Info(remaining: 4));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_UnknownBucketAndResponseWithoutHeaders_StillReleasesTheNext()
    {
        var limiter = new RouteRateLimiter(_time);
        var first = await limiter.AcquireAsync();
        var second = limiter.AcquireAsync().AsTask();

        first.Complete(null);

        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_KnownBucketWithSlots_GoesConcurrently()
    {
        var limiter = new RouteRateLimiter(_time);
        (await limiter.AcquireAsync()).Complete(Info(remaining: 3));

        var leases = new[] { limiter.AcquireAsync().AsTask(), limiter.AcquireAsync().AsTask(), limiter.AcquireAsync().AsTask() };

        Assert.All(leases, l => Assert.True(l.IsCompletedSuccessfully));
        Assert.False(limiter.AcquireAsync().AsTask().IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_RemainingZero_WaitsExactlyUntilReset()
    {
        var limiter = new RouteRateLimiter(_time);
        (await limiter.AcquireAsync()).Complete(Info(remaining: 0, resetAfter: 2));

        var next = limiter.AcquireAsync().AsTask();
        _time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(next.IsCompleted);
        Assert.Equal(TimeSpan.FromMilliseconds(1), limiter.GetDelay());

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay());
    }

    [Fact]
    public async Task AcquireAsync_WaitersKeepTheirOrder()
    {
        var limiter = new RouteRateLimiter(_time);
        (await limiter.AcquireAsync()).Complete(Info(remaining: 0, resetAfter: 1, limit: 1));
        var first = limiter.AcquireAsync().AsTask();
        var second = limiter.AcquireAsync().AsTask();

        _time.Advance(TimeSpan.FromSeconds(1));
        (await first.WaitAsync(TimeSpan.FromSeconds(5))).Complete(Info(remaining: 0, resetAfter: 1, limit: 1));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_AfterTheWindowPassed_ProbesWithOneRequestBeforeOthersGo()
    {
        var limiter = new RouteRateLimiter(_time);
        (await limiter.AcquireAsync()).Complete(Info(remaining: 0, resetAfter: 1));
        _time.Advance(TimeSpan.FromSeconds(1));

        var probe = await limiter.AcquireAsync();
        var others = new[] { limiter.AcquireAsync().AsTask(), limiter.AcquireAsync().AsTask() };

        Assert.All(others, o => Assert.False(o.IsCompleted));
        probe.Complete(Info(remaining: 4));
        await Task.WhenAll(others).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Update_OutOfOrderResponsesInOneWindow_KeepTheLowestRemaining()
    {
        var limiter = new RouteRateLimiter(_time);
        (await limiter.AcquireAsync()).Complete(Info(remaining: 2));
        var a = await limiter.AcquireAsync();
        var b = await limiter.AcquireAsync();

        b.Complete(Info(remaining: 0));
        a.Complete(Info(remaining: 1));

        Assert.True(limiter.GetDelay() > TimeSpan.Zero);
    }

    [Fact]
    public async Task Block_After429_HoldsRequestsForRetryAfter()
    {
        var limiter = new RouteRateLimiter(_time);
        (await limiter.AcquireAsync()).Complete(Info(remaining: 4));

        limiter.Block(TimeSpan.FromSeconds(3));
        var next = limiter.AcquireAsync().AsTask();

        _time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_ReleasesItsPlaceInTheQueue()
    {
        var limiter = new RouteRateLimiter(_time);
        (await limiter.AcquireAsync()).Complete(Info(remaining: 0, resetAfter: 1));
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        var next = limiter.AcquireAsync().AsTask();
        _time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static RateLimitInfo Info(int remaining, double resetAfter = 1, int limit = 5) =>
        new(limit, remaining, TimeSpan.FromSeconds(resetAfter), "bucket", Global: false, Scope: null);
}
