using AsyncBot.HttpInteractions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.HttpInteractions;

public class ReplayGuardTests
{
    [Fact]
    public void TryAccept_SameIdTwice_RefusesTheSecond()
    {
        var guard = new ReplayGuard(new FakeTimeProvider());

        Assert.True(guard.TryAccept("1"));
        Assert.False(guard.TryAccept("1"));
        Assert.True(guard.TryAccept("2"));
    }

    [Fact]
    public void TryAccept_WithinTenMinutes_StillRemembers()
    {
        var clock = new FakeTimeProvider();
        var guard = new ReplayGuard(clock);
        guard.TryAccept("1");

        clock.Advance(TimeSpan.FromMinutes(9));

        Assert.False(guard.TryAccept("1"));
    }

    [Fact]
    public void TryAccept_AfterTheTimestampWindowHasPassedTwice_ForgetsOldIds()
    {
        var clock = new FakeTimeProvider();
        var guard = new ReplayGuard(clock);
        guard.TryAccept("1");

        // By now the original's timestamp is over five minutes old, so the timestamp check refuses any replay.
        clock.Advance(TimeSpan.FromMinutes(11));
        guard.TryAccept("2");

        Assert.Equal(1, guard.Count);
    }
}
