using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

public class HeartbeatScheduleTests
{
    [Fact]
    public void Ticks_FirstAfterIntervalTimesJitter_ThenEveryInterval()
    {
        var time = new FakeTimeProvider();
        var ticks = 0;
        using var schedule = new HeartbeatSchedule(time, TimeSpan.FromMilliseconds(1000), 0.25, () => ticks++);

        time.Advance(TimeSpan.FromMilliseconds(249));
        Assert.Equal(0, ticks);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, ticks);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, ticks);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, ticks);
        time.Advance(TimeSpan.FromMilliseconds(1000));
        Assert.Equal(3, ticks);
    }

    [Fact]
    public void Dispose_StopsTicking()
    {
        var time = new FakeTimeProvider();
        var ticks = 0;
        var schedule = new HeartbeatSchedule(time, TimeSpan.FromSeconds(1), 0.5, () => ticks++);

        schedule.Dispose();
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, ticks);
    }

    [Fact]
    public void GetFirstDelay_ZeroJitter_IsStillAfterIdentify() =>
        Assert.Equal(TimeSpan.FromMilliseconds(1), HeartbeatSchedule.GetFirstDelay(TimeSpan.FromSeconds(41.25), 0));
}
