using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class RecentInteractionIdsTests
{
    [Fact]
    public void TryAdd_SameIdTwice_RefusesTheRepeat()
    {
        var recent = new RecentInteractionIds(16);

        Assert.True(recent.TryAdd("1"));
        Assert.False(recent.TryAdd("1"));
        Assert.True(recent.TryAdd("2"));
    }

    [Fact]
    public void TryAdd_BeyondCapacity_ForgetsTheOldest()
    {
        var recent = new RecentInteractionIds(2);
        recent.TryAdd("1");
        recent.TryAdd("2");
        recent.TryAdd("3");

        Assert.True(recent.TryAdd("1"));
        Assert.False(recent.TryAdd("3"));
    }
}
