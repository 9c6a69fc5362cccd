using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class ReconnectBackoffTests
{
    [Fact]
    public void Next_MiddleJitter_Follows1_2_5_10_ThenThirtyForever()
    {
        var backoff = new ReconnectBackoff(new FixedRandom(0.5));

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalSeconds).ToArray();

        Assert.Equal(new double[] { 1, 2, 5, 10, 30, 30, 30, 30 }, delays);
    }

    [Theory]
    [InlineData(0.0, 0.75)]
    [InlineData(0.999999, 1.25)]
    public void Next_JitterExtremes_StayWithinAQuarterOfTheStep(double random, double factor)
    {
        var backoff = new ReconnectBackoff(new FixedRandom(random));

        var first = backoff.Next();

        Assert.Equal(factor, first.TotalSeconds, precision: 3);
    }

    [Fact]
    public void Reset_AfterSeveralFailures_StartsOverAtOneSecond()
    {
        var backoff = new ReconnectBackoff(new FixedRandom(0.5));
        backoff.Next();
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(0.999999, 5.0)]
    public void NextInvalidSessionDelay_IsBetweenOneAndFiveSeconds(double random, double seconds)
    {
        var backoff = new ReconnectBackoff(new FixedRandom(random));

        Assert.Equal(seconds, backoff.NextInvalidSessionDelay().TotalSeconds, precision: 3);
    }
}
