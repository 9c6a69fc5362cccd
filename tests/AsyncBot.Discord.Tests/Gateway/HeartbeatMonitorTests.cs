using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

public class HeartbeatMonitorTests
{
    [Fact]
    public void IsAwaitingAck_AfterSendUntilAck()
    {
        var monitor = new HeartbeatMonitor(new FakeTimeProvider());
        Assert.False(monitor.IsAwaitingAck);

        monitor.MarkSent();
        Assert.True(monitor.IsAwaitingAck);

        monitor.MarkAcked();
        Assert.False(monitor.IsAwaitingAck);
    }

    [Fact]
    public void MarkAcked_ReturnsRoundTripSinceTheBeat()
    {
        var time = new FakeTimeProvider();
        var monitor = new HeartbeatMonitor(time);
        monitor.MarkSent();
        time.Advance(TimeSpan.FromMilliseconds(42));

        Assert.Equal(TimeSpan.FromMilliseconds(42), monitor.MarkAcked());
    }

    [Fact]
    public void MarkAcked_WithoutAPendingBeat_ReportsZero()
    {
        var monitor = new HeartbeatMonitor(new FakeTimeProvider());

        Assert.Equal(TimeSpan.Zero, monitor.MarkAcked());
    }
}
