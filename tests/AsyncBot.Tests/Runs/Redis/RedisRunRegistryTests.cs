using AsyncBot.Runs;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>Two replicas sharing one real Garnet: limits, Cancel routing and slots hold across them.</summary>
public sealed class RedisRunRegistryTests : IClassFixture<GarnetRig>
{
    private readonly GarnetRig _garnet;

    // Each test keeps its own keys on the shared server, so tests never see each other's runs.
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N");

    public RedisRunRegistryTests(GarnetRig garnet) => _garnet = garnet;

    [Fact]
    public async Task TryStart_ThirdRunOfAUser_IsRefusedOnEitherReplica()
    {
        await using var a = Replica(perUser: 2);
        await using var b = Replica(perUser: 2);
        await using var first = (await a.Registry.TryStartAsync("r1", "u1")).Run;
        await using var second = (await b.Registry.TryStartAsync("r2", "u1")).Run;
        Assert.NotNull(first);
        Assert.NotNull(second);

        var onA = await a.Registry.TryStartAsync("r3", "u1");
        var onB = await b.Registry.TryStartAsync("r4", "u1");

        Assert.Null(onA.Run);
        Assert.Null(onB.Run);
        Assert.Equal(RunRefusals.UserLimit(2), onA.Refusal);
        Assert.Equal(RunRefusals.UserLimit(2), onB.Refusal);
        Assert.NotNull((await b.Registry.TryStartAsync("r5", "u2")).Run);
    }

    [Fact]
    public async Task TryStart_OverTotalLimit_CountsBothReplicas()
    {
        await using var a = Replica(perUser: 5, total: 2);
        await using var b = Replica(perUser: 5, total: 2);
        Assert.NotNull((await a.Registry.TryStartAsync("r1", "u1")).Run);
        Assert.NotNull((await b.Registry.TryStartAsync("r2", "u2")).Run);

        var onA = await a.Registry.TryStartAsync("r3", "u3");
        var onB = await b.Registry.TryStartAsync("r4", "u4");

        Assert.Equal(RunRefusals.TotalLimit(2), onA.Refusal);
        Assert.Equal(RunRefusals.TotalLimit(2), onB.Refusal);
    }

    [Fact]
    public async Task TryStart_SameRunIdOnTheOtherReplica_IsAlreadyGoing()
    {
        await using var a = Replica();
        await using var b = Replica();
        await using var run = (await a.Registry.TryStartAsync("r1", "u1")).Run;

        Assert.Equal(RunRefusals.AlreadyGoing, (await b.Registry.TryStartAsync("r1", "u1")).Refusal);
    }

    [Fact]
    public async Task TryCancel_OnReplicaB_StopsRunOwnedByAWithinHalfASecond()
    {
        await using var a = Replica();
        await using var b = Replica();

        // The promise is about a warm process: the first cross-replica Cancel also compiles its path (a Debug build's
        // JIT, on a busy machine, takes a good part of the half second), so one goes first, unmeasured.
        await using (var warm = (await a.Registry.TryStartAsync("r0", "owner")).Run!)
        {
            Assert.Equal(CancelOutcome.Cancelled, await b.Registry.TryCancelAsync("r0", "owner"));
        }

        await using var run = (await a.Registry.TryStartAsync("r1", "owner")).Run!;
        var stopped = new TaskCompletionSource();
        using var registration = run.CancellationToken.Register(stopped.SetResult);

        var clicked = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(CancelOutcome.Cancelled, await b.Registry.TryCancelAsync("r1", "owner"));
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(clicked.Elapsed < TimeSpan.FromMilliseconds(500), $"cancel took {clicked.ElapsedMilliseconds} ms");
        Assert.False(run.CancelledByShutdown);
    }

    [Fact]
    public async Task TryCancel_BySomeoneElseOnEitherReplica_IsRefusedAndRunContinues()
    {
        await using var a = Replica();
        await using var b = Replica();
        await using var run = (await a.Registry.TryStartAsync("r1", "owner")).Run!;

        Assert.Equal(CancelOutcome.NotOwner, await b.Registry.TryCancelAsync("r1", "intruder"));
        Assert.Equal(CancelOutcome.NotOwner, await a.Registry.TryCancelAsync("r1", "intruder"));
        Assert.Equal(CancelOutcome.NotFound, await b.Registry.TryCancelAsync("nope", "owner"));
        await Task.Delay(200);
        Assert.False(run.CancellationToken.IsCancellationRequested);
    }

    [Fact]
    public async Task Dispose_FreesTheSlotOnBothReplicas()
    {
        await using var a = Replica(perUser: 1);
        await using var b = Replica(perUser: 1);
        var run = (await a.Registry.TryStartAsync("r1", "u1")).Run!;
        Assert.Null((await b.Registry.TryStartAsync("r2", "u1")).Run);

        await run.DisposeAsync();

        await using var onB = (await b.Registry.TryStartAsync("r3", "u1")).Run;
        Assert.NotNull(onB);
        await onB.DisposeAsync();
        await using var onA = (await a.Registry.TryStartAsync("r4", "u1")).Run;
        Assert.NotNull(onA);
        Assert.Equal(CancelOutcome.NotFound, await b.Registry.TryCancelAsync("r1", "u1"));
    }

    [Fact]
    public async Task Lease_NotRenewed_FreesTheSlotAfterItsTtl()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = Replica(perUser: 1, time: time);
        await using var b = Replica(perUser: 1, time: time);
        Assert.NotNull((await a.Registry.TryStartAsync("r1", "u1")).Run);

        // Replica A dies: no renewal, no release.
        await a.DisposeAsync();
        time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds - 1));
        Assert.Null((await b.Registry.TryStartAsync("r2", "u1")).Run);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.NotNull((await b.Registry.TryStartAsync("r3", "u1")).Run);
    }

    [Fact]
    public async Task Lease_Renewed_KeepsTheSlotPastItsTtl()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var a = Replica(perUser: 1, time: time);
        await using var b = Replica(perUser: 1, time: time);
        await using var run = (await a.Registry.TryStartAsync("r1", "u1")).Run;

        // Each step short of the lease, both together well past it.
        var step = TimeSpan.FromSeconds(a.State.LeaseSeconds - 2);
        time.Advance(step);
        await a.Registry.RenewLeasesAsync();
        time.Advance(step);

        Assert.Equal(RunRefusals.UserLimit(1), (await b.Registry.TryStartAsync("r2", "u1")).Refusal);
    }

    [Fact]
    public async Task StoreStopped_TryStartRefusesWithoutThrowing_AndRunningRunsFinish()
    {
        using var garnet = new GarnetRig();
        await using var a = new ReplicaRig(garnet, _prefix, TimeProvider.System);
        var running = (await a.Registry.TryStartAsync("r1", "u1")).Run!;

        garnet.Stop();
        var refused = await a.Registry.TryStartAsync("r2", "u2");
        var again = await a.Registry.TryStartAsync("r3", "u3");

        Assert.Null(refused.Run);
        Assert.Equal(RunRefusals.StoreUnavailable, refused.Refusal);
        Assert.Equal(RunRefusals.StoreUnavailable, again.Refusal);
        Assert.StartsWith("can't start runs right now", RunRefusals.StoreUnavailable, StringComparison.Ordinal);
        Assert.False(running.CancellationToken.IsCancellationRequested);
        Assert.Equal(CancelOutcome.Cancelled, await a.Registry.TryCancelAsync("r1", "u1"));
        Assert.Equal(CancelOutcome.Unavailable, await a.Registry.TryCancelAsync("elsewhere", "u1"));
        await a.Registry.RenewLeasesAsync();
        await running.DisposeAsync();
        Assert.Equal(0, a.Registry.ActiveCount);
    }

    [Fact]
    public async Task StoreBack_AfterAnOutage_AdmitsAgainWithoutARestart()
    {
        using var garnet = new GarnetRig();
        await using var a = new ReplicaRig(garnet, _prefix, TimeProvider.System);
        var before = (await a.Registry.TryStartAsync("r1", "u1")).Run!;
        garnet.Stop();
        Assert.Equal(RunRefusals.StoreUnavailable, (await a.Registry.TryStartAsync("r2", "u1")).Refusal);

        garnet.Restart();
        RunAdmission after;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        do
        {
            await Task.Delay(100);
            after = await a.Registry.TryStartAsync("r3", "u2");
        }
        while (after.Run is null && DateTime.UtcNow < deadline);

        Assert.NotNull(after.Run);

        // The restarted store forgot r1; it is still going, so renewing registers it again and it counts once more.
        await a.Registry.RenewLeasesAsync();
        Assert.False(before.CancellationToken.IsCancellationRequested);
        await using (var other = new ReplicaRig(garnet, _prefix, TimeProvider.System))
        {
            Assert.Equal(RunRefusals.AlreadyGoing, (await other.Registry.TryStartAsync("r1", "u1")).Refusal);
            Assert.Equal(CancelOutcome.NotOwner, await other.Registry.TryCancelAsync("r1", "u9"));
        }

        await before.DisposeAsync();
        await after.Run.DisposeAsync();
    }

    private ReplicaRig Replica(int perUser = 2, int total = 50, TimeProvider? time = null) =>
        new(_garnet, _prefix, time ?? TimeProvider.System, perUser, total);
}
