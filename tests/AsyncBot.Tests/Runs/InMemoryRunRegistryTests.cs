using AsyncBot.Options;
using AsyncBot.Runs;
using Microsoft.Extensions.Options;
using Moq;

namespace AsyncBot.Tests.Runs;

public class InMemoryRunRegistryTests
{
    private static InMemoryRunRegistry Create(int perUser = 2, int total = 50)
    {
        var monitor = new Mock<IOptionsMonitor<LimitsOptions>>();
        monitor.Setup(m => m.CurrentValue).Returns(new LimitsOptions { RunsPerUser = perUser, RunsTotal = total });
        return new InMemoryRunRegistry(monitor.Object);
    }

    [Fact]
    public async Task TryStart_OverPerUserLimit_RefusesWithCount()
    {
        var registry = Create(perUser: 2);
        await using var first = (await registry.TryStartAsync("r1", "u1")).Run;
        await using var second = (await registry.TryStartAsync("r2", "u1")).Run;

        var third = await registry.TryStartAsync("r3", "u1");

        Assert.Null(third.Run);
        Assert.Equal("you already have 2 runs going — wait or cancel one", third.Refusal);
        Assert.NotNull((await registry.TryStartAsync("r4", "u2")).Run);
    }

    [Fact]
    public async Task TryStart_OverTotalLimit_Refuses()
    {
        var registry = Create(perUser: 5, total: 2);
        await registry.TryStartAsync("r1", "u1");
        await registry.TryStartAsync("r2", "u2");

        var refused = await registry.TryStartAsync("r3", "u3");

        Assert.Null(refused.Run);
        Assert.Contains("limit", refused.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_FreesTheSlot()
    {
        var registry = Create(perUser: 1);
        var run = (await registry.TryStartAsync("r1", "u1")).Run!;

        await run.DisposeAsync();

        Assert.NotNull((await registry.TryStartAsync("r2", "u1")).Run);
        Assert.Equal(1, registry.ActiveCount);
    }

    [Fact]
    public async Task TryCancel_ByOwner_CancelsToken()
    {
        var registry = Create();
        await using var run = (await registry.TryStartAsync("r1", "owner")).Run!;

        Assert.Equal(CancelOutcome.Cancelled, await registry.TryCancelAsync("r1", "owner"));
        Assert.True(run.CancellationToken.IsCancellationRequested);
        Assert.False(run.CancelledByShutdown);
    }

    [Fact]
    public async Task TryCancel_BySomeoneElse_IsRefusedAndRunContinues()
    {
        var registry = Create();
        await using var run = (await registry.TryStartAsync("r1", "owner")).Run!;

        Assert.Equal(CancelOutcome.NotOwner, await registry.TryCancelAsync("r1", "intruder"));
        Assert.False(run.CancellationToken.IsCancellationRequested);
        Assert.Equal(CancelOutcome.NotFound, await registry.TryCancelAsync("nope", "owner"));
    }

    [Fact]
    public async Task CancelAll_CancelsEveryRunAndRefusesNewOnes()
    {
        var registry = Create();
        await using var a = (await registry.TryStartAsync("r1", "u1")).Run!;
        await using var b = (await registry.TryStartAsync("r2", "u2")).Run!;

        await registry.CancelAllAsync();

        Assert.True(a.CancellationToken.IsCancellationRequested && b.CancellationToken.IsCancellationRequested);
        Assert.True(a.CancelledByShutdown);
        Assert.Null((await registry.TryStartAsync("r3", "u3")).Run);
    }
}
