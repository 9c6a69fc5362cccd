using AsyncBot.Runs;
using AsyncBot.Runs.Redis;
using AsyncBot.Tests.Runs.Support;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>What health learns about a real store (Garnet) by asking it, stopped, hung and back.</summary>
public sealed class RedisRunStoreHealthTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Report_StoreStoppedThenRestarted_UnreachableSinceTheFirstUnansweredPingThenReachableAgain()
    {
        using var garnet = new GarnetRig();
        var time = new FakeTimeProvider(Start);
        var logger = new RecordingLogger<RedisRunStoreHealth>();
        await using var connection = RunStoreConnection.Connect(new StateOptions { Redis = garnet.ConnectionString }, null);
        var health = new RedisRunStoreHealth(connection, time, logger);

        Assert.Equal(new RunStoreReport(true, true, null), health.Report());
        await health.ProbeAsync(CancellationToken.None);
        Assert.Equal(new RunStoreReport(true, true, null), health.Report());

        garnet.Stop();
        time.Advance(TimeSpan.FromSeconds(5));
        var failedAt = time.GetUtcNow();
        var down = await ProbeUntilAsync(health, r => !r.Reachable);
        time.Advance(TimeSpan.FromSeconds(42));
        await health.ProbeAsync(CancellationToken.None);

        Assert.Equal(new RunStoreReport(true, false, failedAt), down);
        Assert.Equal(new RunStoreReport(true, false, failedAt), health.Report());

        garnet.Restart();
        var back = await ProbeUntilAsync(health, r => r.Reachable);

        Assert.Equal(new RunStoreReport(true, true, null), back);
        Assert.Single(logger.At(LogLevel.Warning));
        Assert.Equal(["Run store answers again after 42 s unreachable"], logger.At(LogLevel.Information));
    }

    [Fact]
    public async Task Report_StoreHangsWithItsConnectionOpen_UnreachableAfterOnePingTimeout_ThoughTheConnectionStillLooksUp()
    {
        using var garnet = new GarnetRig();
        await using var proxy = new StoreProxy(garnet.Port);
        var time = new FakeTimeProvider(Start);
        await using var connection = RunStoreConnection.Connect(new StateOptions { Redis = proxy.ConnectionString }, null);
        var health = new RedisRunStoreHealth(connection, time, new RecordingLogger<RedisRunStoreHealth>());
        await health.ProbeAsync(CancellationToken.None);
        Assert.True(health.Report().Reachable);

        proxy.Freeze();
        var sentAt = time.GetUtcNow();
        var probe = health.ProbeAsync(CancellationToken.None);
        Assert.False(probe.IsCompleted);
        time.Advance(RedisRunStoreHealth.ProbeTimeout);
        await probe.WaitAsync(Patience);

        Assert.Equal(new RunStoreReport(true, false, sentAt), health.Report());
        Assert.True(connection.IsConnected, "the multiplexer still calls the hung store connected: why health asks instead");

        proxy.Thaw();
        Assert.True((await ProbeUntilAsync(health, r => r.Reachable)).Reachable);
    }

    [Fact]
    public async Task Probe_AsksEveryFewSecondsOnTheHostsClock()
    {
        using var garnet = new GarnetRig();
        await using var proxy = new StoreProxy(garnet.Port);
        var clock = new ArmingClock();
        clock.SetUtcNow(Start);
        await using var connection = RunStoreConnection.Connect(new StateOptions { Redis = proxy.ConnectionString }, null);
        var health = new RedisRunStoreHealth(connection, clock, new RecordingLogger<RedisRunStoreHealth>());
        using var probe = new RunStoreHealthProbe(health, clock);

        await probe.StartAsync(CancellationToken.None);
        await clock.WhenArmed(RedisRunStoreHealth.ProbeEvery).WaitAsync(Patience);
        await UntilAsync(() => health.Probes == 1, "the first PING's answer");
        proxy.Freeze();
        clock.Advance(RedisRunStoreHealth.ProbeEvery);
        await UntilAsync(() => clock.TimesArmed(RedisRunStoreHealth.ProbeTimeout) == 2, "the second PING");
        Assert.True(health.Report().Reachable);
        clock.Advance(RedisRunStoreHealth.ProbeTimeout);
        await UntilAsync(() => !health.Report().Reachable, "the unanswered PING to count");

        Assert.Equal(Start + RedisRunStoreHealth.ProbeEvery, health.Report().UnreachableSince);
        proxy.Thaw();
        await probe.StopAsync(CancellationToken.None);
    }

    private static async Task<RunStoreReport> ProbeUntilAsync(RedisRunStoreHealth health, Func<RunStoreReport, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        await health.ProbeAsync(CancellationToken.None);
        while (!condition(health.Report()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            await health.ProbeAsync(CancellationToken.None);
        }

        Assert.True(condition(health.Report()), "the store's state did not change within " + Patience);
        return health.Report();
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "waited in vain for " + what);
    }
}
