using AsyncBot.Runs.Redis;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs.Redis;

public sealed class RedisRunStoreHealthTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Report_StoreStoppedThenRestarted_SaysUnreachableSinceItWasFirstSeenThenReachableAgain()
    {
        using var garnet = new GarnetRig();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
        await using var connection = RunStoreConnection.Connect(new StateOptions { Redis = garnet.ConnectionString }, null);
        using var health = new RedisRunStoreHealth(connection, time);

        var up = health.Report();
        Assert.True(up.Configured);
        Assert.True(up.Reachable);
        Assert.Null(up.UnreachableSince);

        garnet.Stop();
        var stoppedAt = time.GetUtcNow();
        var down = await UntilAsync(health, r => !r.Reachable);
        time.Advance(TimeSpan.FromSeconds(42));
        var later = health.Report();

        Assert.Equal(stoppedAt, down.UnreachableSince);
        Assert.False(later.Reachable);
        Assert.Equal(stoppedAt, later.UnreachableSince);

        garnet.Restart();
        var back = await UntilAsync(health, r => r.Reachable);
        Assert.Null(back.UnreachableSince);
    }

    private static async Task<AsyncBot.Runs.RunStoreReport> UntilAsync(RedisRunStoreHealth health, Func<AsyncBot.Runs.RunStoreReport, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        var report = health.Report();
        while (!condition(report) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            report = health.Report();
        }

        Assert.True(condition(report), "the store's state did not change within " + Patience);
        return report;
    }
}
