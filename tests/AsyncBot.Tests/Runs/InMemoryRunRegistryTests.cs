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
    public void TryStart_OverPerUserLimit_RefusesWithCount()
    {
        var registry = Create(perUser: 2);
        using var first = registry.TryStart("r1", "u1").Run;
        using var second = registry.TryStart("r2", "u1").Run;

        var third = registry.TryStart("r3", "u1");

        Assert.Null(third.Run);
        Assert.Equal("you already have 2 runs going — wait or cancel one", third.Refusal);
        Assert.NotNull(registry.TryStart("r4", "u2").Run);
    }

    [Fact]
    public void TryStart_OverTotalLimit_Refuses()
    {
        var registry = Create(perUser: 5, total: 2);
        registry.TryStart("r1", "u1");
        registry.TryStart("r2", "u2");

        var refused = registry.TryStart("r3", "u3");

        Assert.Null(refused.Run);
        Assert.Contains("limit", refused.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_FreesTheSlot()
    {
        var registry = Create(perUser: 1);
        var run = registry.TryStart("r1", "u1").Run!;

        run.Dispose();

        Assert.NotNull(registry.TryStart("r2", "u1").Run);
        Assert.Equal(1, registry.ActiveCount);
    }

    [Fact]
    public void TryCancel_ByOwner_CancelsToken()
    {
        var registry = Create();
        using var run = registry.TryStart("r1", "owner").Run!;

        Assert.Equal(CancelOutcome.Cancelled, registry.TryCancel("r1", "owner"));
        Assert.True(run.CancellationToken.IsCancellationRequested);
        Assert.False(run.CancelledByShutdown);
    }

    [Fact]
    public void TryCancel_BySomeoneElse_IsRefusedAndRunContinues()
    {
        var registry = Create();
        using var run = registry.TryStart("r1", "owner").Run!;

        Assert.Equal(CancelOutcome.NotOwner, registry.TryCancel("r1", "intruder"));
        Assert.False(run.CancellationToken.IsCancellationRequested);
        Assert.Equal(CancelOutcome.NotFound, registry.TryCancel("nope", "owner"));
    }

    [Fact]
    public void CancelAll_CancelsEveryRunAndRefusesNewOnes()
    {
        var registry = Create();
        using var a = registry.TryStart("r1", "u1").Run!;
        using var b = registry.TryStart("r2", "u2").Run!;

        registry.CancelAll();

        Assert.True(a.CancellationToken.IsCancellationRequested && b.CancellationToken.IsCancellationRequested);
        Assert.True(a.CancelledByShutdown);
        Assert.Null(registry.TryStart("r3", "u3").Run);
    }
}
