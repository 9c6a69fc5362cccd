using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewaySendLimiterTests
{
    [Fact]
    public void TryAcquire_OrdinaryFrames_LeaveTheReserveFree()
    {
        var limiter = new GatewaySendLimiter(new FakeTimeProvider());

        var granted = Enumerable.Range(0, 200).Count(_ => limiter.TryAcquire(priority: false) == TimeSpan.Zero);

        Assert.Equal(GatewaySendLimiter.Limit - GatewaySendLimiter.Reserve, granted);
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(priority: true));
    }

    [Fact]
    public void TryAcquire_PriorityFrames_StopAtOneHundredTwenty()
    {
        var limiter = new GatewaySendLimiter(new FakeTimeProvider());

        var granted = Enumerable.Range(0, 200).Count(_ => limiter.TryAcquire(priority: true) == TimeSpan.Zero);

        Assert.Equal(120, granted);
    }

    [Fact]
    public void TryAcquire_WhenFull_ReportsWhenTheOldestLeavesTheWindow()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        limiter.TryAcquire(priority: true);
        time.Advance(TimeSpan.FromSeconds(10));
        for (var i = 1; i < 120; i++)
        {
            limiter.TryAcquire(priority: true);
        }

        Assert.Equal(TimeSpan.FromSeconds(50), limiter.TryAcquire(priority: true));
        time.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(priority: true));
        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire(priority: true));
    }

    [Fact]
    public async Task AcquireAsync_WhenFull_WaitsForFakeTime()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 120; i++)
        {
            await limiter.AcquireAsync(priority: true);
        }

        var waiting = limiter.AcquireAsync(priority: true);
        Assert.False(waiting.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(60));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
