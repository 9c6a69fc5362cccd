using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

public class SessionStartLimiterTests
{
    [Fact]
    public void GetDelay_BudgetSpent_WaitsForResetAfter()
    {
        var time = new FakeTimeProvider();
        var limiter = new SessionStartLimiter(time);
        limiter.Update(remaining: 0, TimeSpan.FromMilliseconds(90_000), maxConcurrency: 1);

        Assert.Equal(TimeSpan.FromSeconds(90), limiter.GetDelay());
        Assert.False(limiter.NeedsRefresh);

        time.Advance(TimeSpan.FromSeconds(90));
        Assert.True(limiter.NeedsRefresh);
    }

    [Fact]
    public void GetDelay_MaxConcurrencyOne_AllowsOneIdentifyPerFiveSeconds()
    {
        var time = new FakeTimeProvider();
        var limiter = new SessionStartLimiter(time);
        limiter.Update(remaining: 10, TimeSpan.Zero, maxConcurrency: 1);

        Assert.Equal(TimeSpan.Zero, limiter.GetDelay());
        limiter.RecordIdentify();
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(3), limiter.GetDelay());
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay());
    }

    [Fact]
    public void GetDelay_MaxConcurrencyTwo_AllowsTwoAtOnce()
    {
        var limiter = new SessionStartLimiter(new FakeTimeProvider());
        limiter.Update(remaining: 10, TimeSpan.Zero, maxConcurrency: 2);

        limiter.RecordIdentify();
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay());
        limiter.RecordIdentify();
        Assert.Equal(TimeSpan.FromSeconds(5), limiter.GetDelay());
    }

    [Fact]
    public void RecordIdentify_UsesUpTheBudget()
    {
        var limiter = new SessionStartLimiter(new FakeTimeProvider());
        limiter.Update(remaining: 1, TimeSpan.FromSeconds(30), maxConcurrency: 16);

        limiter.RecordIdentify();

        Assert.Equal(0, limiter.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(30), limiter.GetDelay());
    }
}
