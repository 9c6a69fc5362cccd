using AsyncBot.Core.Rendering.Picture;

namespace AsyncBot.Core.Tests.Rendering.Picture;

public sealed class ChartAxisTests
{
    [Theory]
    [InlineData(6, 6, 1)]
    [InlineData(3, 3, 0.5)]
    [InlineData(0.9, 1, 0.2)]
    [InlineData(1.2, 1.2, 0.2)]
    [InlineData(75, 80, 10)]
    [InlineData(6.01, 6.01, 1)]
    [InlineData(6.2, 7, 1)]
    [InlineData(1000, 1000, 200)]
    public void Fit_Seconds_PicksARoundStepAndAnEndThatHoldsThem(double seconds, double end, double step)
    {
        var axis = ChartAxis.Fit(seconds);

        Assert.Equal(end, axis.End, 9);
        Assert.Equal(step, axis.Step, 9);
        Assert.True(axis.End >= seconds);
        Assert.InRange(axis.Ticks().Count() - 1, 1, ChartAxis.MaxTicks);
    }

    [Fact]
    public void Fit_NothingMeasured_StillGivesAnAxis()
    {
        var axis = ChartAxis.Fit(0);

        Assert.True(axis.End > 0);
        Assert.Equal(0, axis.Ticks().First());
    }

    [Fact]
    public void Ticks_TenthSteps_DoNotDrift()
    {
        Assert.Equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6], ChartAxis.Fit(0.6).Ticks());
    }
}
