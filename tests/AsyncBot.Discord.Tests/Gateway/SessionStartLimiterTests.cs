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
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay());
    }

    [Fact]
    public void GetDelay_BudgetLeft_IsZeroEvenRightAfterAnIdentify()
    {
        var limiter = new SessionStartLimiter(new FakeTimeProvider());
        limiter.Update(remaining: 10, TimeSpan.Zero, maxConcurrency: 1);

        limiter.RecordIdentify();

        // The 5 s buckets are the identify gate's business.
        Assert.Equal(TimeSpan.Zero, limiter.GetDelay());
        Assert.Equal(9, limiter.Remaining);
    }

    [Fact]
    public void RecordIdentify_UsesUpTheBudget()
    {
        var limiter = new SessionStartLimiter(new FakeTimeProvider());
        limiter.Update(remaining: 1, TimeSpan.FromSeconds(30), maxConcurrency: 16);

        limiter.RecordIdentify();

        Assert.Equal(0, limiter.Remaining);
        Assert.Equal(16, limiter.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(30), limiter.GetDelay());
    }

    [Fact]
    public void Update_MaxConcurrencyBelowOne_CountsAsOne()
    {
        var limiter = new SessionStartLimiter(new FakeTimeProvider());
        limiter.Update(remaining: 1, TimeSpan.Zero, maxConcurrency: 0);

        Assert.Equal(1, limiter.MaxConcurrency);
    }
}
