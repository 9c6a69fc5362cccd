using AsyncBot.Runs;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>
/// The other side of reaping, on a real store (Garnet) and a fake clock: a live replica's runs are never taken for
/// lost — not while it renews, not while its renewals fail, not while it reconnects after an outage.
/// </summary>
public sealed class LostRunLivenessTests : IDisposable
{
    private readonly GarnetRig _garnet = new();
    private readonly string _prefix = "live-" + Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _garnet.Dispose();

    private RunReplyAddress ReplyTo => new("app-1", "token-of-r1", "race", _time.GetUtcNow().AddMinutes(15));

    [Fact]
    public async Task ReplicaRenewingEveryFewSeconds_IsNeverReaped_ThenReapedOnceWithinALeaseAndASweepOfItsDeath()
    {
        // Renewed by hand here (its own timer set far off), so every step of the clock is the test's.
        var a = Replica(renewSeconds: 3600);
        await using var b = Replica();
        await using var c = Replica();
        var run = (await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;
        var (reaperB, toldByB) = ReaperRig.For(b, _time);
        var (reaperC, toldByC) = ReaperRig.For(c, _time);
        await Task.WhenAll(reaperB.SweepAsync(), reaperC.SweepAsync());

        for (var second = 1; second <= 60; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            if (second % b.State.RenewSeconds == 0)
            {
                await a.Registry.RenewLeasesAsync();
            }

            if (second % 2 == 0)
            {
                Assert.Equal(0, (await Task.WhenAll(reaperB.SweepAsync(), reaperC.SweepAsync())).Sum());
            }
        }

        Assert.Empty(toldByB.Calls.Concat(toldByC.Calls));
        Assert.False(run.CancellationToken.IsCancellationRequested);
        Assert.Equal(RunRefusals.UserLimit(1), (await b.Registry.TryStartAsync("r2", "u1")).Refusal);

        await a.DisposeAsync(); // dies right after a renewal: its lease has all of its 10 s left
        var claimed = 0;
        var seconds = 0;
        while (claimed == 0 && seconds < 60)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            seconds++;
            if (seconds % b.State.SweepSeconds == 0)
            {
                claimed += (await Task.WhenAll(reaperB.SweepAsync(), reaperC.SweepAsync())).Sum();
            }
        }

        Assert.Equal(1, claimed);
        Assert.InRange(seconds, b.State.LeaseSeconds, b.State.LeaseSeconds + b.State.SweepSeconds);
        Assert.Single(toldByB.Followups.Concat(toldByC.Followups));
        Assert.NotNull((await b.Registry.TryStartAsync("r3", "u1")).Run);
    }

    [Fact]
    public async Task ReplicaWhoseRenewalsFailed_IsLeftAloneWhileItsHeartbeatIsFresh_AndCountsItsRunAgain()
    {
        await using var late = Replica(renewSeconds: 3600);
        await using var b = Replica();
        var run = (await late.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;
        var (reaper, told) = ReaperRig.For(b, _time);
        await reaper.SweepAsync();

        // The run's renewals failed for longer than its lease, its heartbeat got through; admission elsewhere has
        // meanwhile pruned the lapsed lease, so u1 looks free.
        _time.Advance(TimeSpan.FromSeconds(late.State.LeaseSeconds + 1));
        await late.Registry.HeartbeatAsync();
        Assert.NotNull((await b.Registry.TryStartAsync("r2", "u2")).Run);

        Assert.Equal(0, await reaper.SweepAsync());
        Assert.Empty(told.Calls);
        Assert.False(run.CancellationToken.IsCancellationRequested);

        await late.Registry.RenewLeasesAsync();

        Assert.Equal(RunRefusals.UserLimit(1), (await b.Registry.TryStartAsync("r3", "u1")).Refusal);
        Assert.Equal(CancelOutcome.Cancelled, await b.Registry.TryCancelAsync("r1", "u1"));
        await run.DisposeAsync();
    }

    [Fact]
    public async Task AfterAnOutageOfEveryone_ASweeperWaitsALease_SoAReplicaSlowerToReconnectRenewsInTime()
    {
        await using var a = Replica(renewSeconds: 3600);
        await using var b = Replica();
        var run = (await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;

        // Nobody reached the store for 15 s (the store kept its data): A's lease and heartbeat both lapsed.
        _time.Advance(TimeSpan.FromSeconds(15));
        var (reaper, told) = ReaperRig.For(b, _time);
        Assert.Equal(0, await reaper.SweepAsync());
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, await reaper.SweepAsync());

        await a.Registry.RenewLeasesAsync(); // back two seconds after B
        _time.Advance(TimeSpan.FromSeconds(b.State.LeaseSeconds - 2));

        Assert.Equal(0, await reaper.SweepAsync());
        Assert.Empty(told.Calls);
        Assert.False(run.CancellationToken.IsCancellationRequested);
        await a.Registry.RenewLeasesAsync();
        _time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds + 1));
        Assert.Equal(1, await reaper.SweepAsync()); // and once it really stops, it is noticed
        await run.DisposeAsync();
    }

    [Fact]
    public async Task ReplicaCutOffAlone_ItsRunIsAnnouncedOnce_AndGoesOnUncountedWhenItIsBack()
    {
        await using var a = Replica(renewSeconds: 3600);
        await using var b = Replica();
        var run = (await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;
        var (reaper, told) = ReaperRig.For(b, _time);
        await reaper.SweepAsync();

        // Only A lost the store, for longer than a lease: from the store's side it is dead.
        _time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds + 1));
        Assert.Equal(1, await reaper.SweepAsync());
        await a.Registry.RenewLeasesAsync();

        Assert.False(run.CancellationToken.IsCancellationRequested);
        Assert.NotNull((await b.Registry.TryStartAsync("r2", "u1")).Run);
        _time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds + 1));
        await a.Registry.RenewLeasesAsync();
        Assert.Equal(0, await reaper.SweepAsync());
        Assert.Single(told.Followups);
        await run.DisposeAsync();
    }

    [Fact]
    public async Task SweeperThatLostTheStore_WaitsALeaseAfterItIsBack_BeforeTakingAnything()
    {
        await using var b = Replica();
        var (reaper, told) = ReaperRig.For(b, _time);
        await reaper.SweepAsync();
        _time.Advance(TimeSpan.FromSeconds(b.State.LeaseSeconds + 1));

        _garnet.Stop();
        Assert.Equal(0, await reaper.SweepAsync());
        _garnet.Restart();
        b.WaitUntilConnected();

        var a = Replica();
        Assert.NotNull((await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run);
        await a.DisposeAsync();
        _time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds + 1));

        Assert.Equal(0, await reaper.SweepAsync());
        _time.Advance(TimeSpan.FromSeconds(b.State.LeaseSeconds));
        Assert.Equal(1, await reaper.SweepAsync());
        Assert.Single(told.Followups);
    }

    private ReplicaRig Replica(int renewSeconds = 3) => new(_garnet, _prefix, _time, perUser: 1, renewSeconds: renewSeconds);
}
