using AsyncBot.Discord.Rest.RateLimits;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Rest.RateLimits;

public sealed class GlobalRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task AcquireAsync_FiftyInOneSecond_FiftyFirstWaitsForTheNextSecond()
    {
        var limiter = new GlobalRateLimiter(_time, 50);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(limiter.AcquireAsync().AsTask().IsCompletedSuccessfully);
        }

        var extra = limiter.AcquireAsync().AsTask();

        Assert.False(extra.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.GetDelay());
        _time.Advance(TimeSpan.FromSeconds(1));
        await extra.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task PauseUntil_HoldsEveryRequestUntilThen()
    {
        var limiter = new GlobalRateLimiter(_time, 50);
        limiter.PauseUntil(_time.GetUtcNow() + TimeSpan.FromSeconds(0.412));

        var held = limiter.AcquireAsync().AsTask();

        Assert.False(held.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(411));
        Assert.False(held.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
