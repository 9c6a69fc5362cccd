using AsyncBot.Core.Rendering;

namespace AsyncBot.Core.Tests.Rendering;

public sealed class SecondsTextTests
{
    [Theory]
    [InlineData(2, "2")]
    [InlineData(1.5, "1.5")]
    [InlineData(1.25, "1.25")]
    [InlineData(0.001, "0.001")]
    [InlineData(60, "60")]
    public void Plain_WholeSecondsWithoutDecimals(double seconds, string expected) =>
        Assert.Equal(expected, SecondsText.Plain(seconds));

    [Theory]
    [InlineData(2, 2.003, "2")]
    [InlineData(1.25, 1.26, "1.25")]
    [InlineData(0.2, 0.5, "0.5")]
    [InlineData(1, 2.74, "2.7")]
    [InlineData(1, 0.04, "0.04")]
    public void TaskDuration_ShowsThePlanUnlessItRanNoticeablyLonger(double planned, double ran, string expected) =>
        Assert.Equal(expected, SecondsText.TaskDuration(TimeSpan.FromSeconds(planned), TimeSpan.FromSeconds(ran)));

    [Fact]
    public void Offset_HasSignTwoDecimalsAndUnit() =>
        Assert.Equal("+2.00s", SecondsText.Offset(TimeSpan.FromMilliseconds(2001)));
}
