using AsyncBot.Discord.Interactions;
using AsyncBot.Runs;
using AsyncBot.Runs.Redis;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>Replicas that die mid-run, on a real store (Garnet) and a fake clock: who notices, who is told, what is freed.</summary>
public sealed class LostRunReaperTests : IDisposable
{
    private static readonly RunReplyAddress ReplyTo = new("app-1", "token-of-r1");

    private readonly GarnetRig _garnet = new();
    private readonly string _prefix = "reaper-" + Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _garnet.Dispose();

    [Fact]
    public async Task ReplicaKilledMidRun_AfterItsLeaseExactlyOneSurvivorTellsTheUserAndTheSlotIsFree()
    {
        var a = Replica();
        await using var b = Replica();
        await using var c = Replica();
        Assert.NotNull((await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run);
        await a.DisposeAsync(); // killed: no release, no more renewals, its connection gone
        var (reaperB, toldByB) = Reaper(b);
        var (reaperC, toldByC) = Reaper(c);

        Assert.Equal(0, await reaperB.SweepAsync(CancellationToken.None));
        Assert.Equal(RunRefusals.UserLimit(1), (await b.Registry.TryStartAsync("r2", "u1")).Refusal);

        _time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds) + TimeSpan.FromMilliseconds(1));
        var claimed = await Task.WhenAll(reaperB.SweepAsync(CancellationToken.None), reaperC.SweepAsync(CancellationToken.None));

        Assert.Equal(1, claimed.Sum());
        var calls = toldByB.Calls.Concat(toldByC.Calls).ToList();
        Assert.Collection(
            calls,
            followup =>
            {
                Assert.Equal("followup", followup.Kind);
                Assert.Equal(LostRunReaper.LostNotice, followup.Message!.Content);
                Assert.Equal(("r1", "app-1", "token-of-r1"), (followup.Interaction.Id, followup.Interaction.ApplicationId, followup.Interaction.Token));
            },
            edit =>
            {
                Assert.Equal("edit-original", edit.Kind);
                Assert.Null(edit.Message!.Content);
                Assert.Empty(edit.Message.Components!);
                Assert.Equal("token-of-r1", edit.Interaction.Token);
            });
        Assert.NotNull((await b.Registry.TryStartAsync("r3", "u1")).Run);
        Assert.Equal(0, await reaperB.SweepAsync(CancellationToken.None) + await reaperC.SweepAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LiveReplicaWhoseRunLeasesLapsed_IsLeftAloneWhileItsHeartbeatIsFresh()
    {
        // Renewing once an hour: its run's lease lapses on the fake clock, while its heartbeat (kept by the store's own
        // clock for one real lease) says it is alive — as after renewals that failed while the store was away.
        await using var late = Replica(renewSeconds: 3600);
        await using var b = Replica();
        var run = (await late.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;
        await late.Registry.HeartbeatAsync();
        var (reaper, told) = Reaper(b);

        _time.Advance(TimeSpan.FromSeconds(late.State.LeaseSeconds + 1));

        Assert.Equal(0, await reaper.SweepAsync(CancellationToken.None));
        Assert.Empty(told.Calls);
        Assert.False(run.CancellationToken.IsCancellationRequested);
        await late.Registry.RenewLeasesAsync();
        Assert.Equal(CancelOutcome.Cancelled, await b.Registry.TryCancelAsync("r1", "u1"));
        await run.DisposeAsync();
    }

    [Fact]
    public async Task RunEndedNormally_IsNeverReported()
    {
        await using var a = Replica();
        await using var b = Replica();
        var run = (await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;
        await run.DisposeAsync();
        var (reaper, told) = Reaper(b);

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, await reaper.SweepAsync(CancellationToken.None));
        Assert.Empty(told.Calls);
    }

    [Fact]
    public async Task StoreStopped_SweepLogsAndReturnsWithoutThrowing()
    {
        await using var b = Replica();
        var (reaper, told) = Reaper(b);
        _garnet.Stop();

        Assert.Equal(0, await reaper.SweepAsync(CancellationToken.None));
        Assert.Empty(told.Calls);
    }

    private ReplicaRig Replica(int renewSeconds = 3) => new(_garnet, _prefix, _time, perUser: 1, renewSeconds: renewSeconds);

    private (LostRunReaper Reaper, RecordingResponder Told) Reaper(ReplicaRig replica)
    {
        var told = new RecordingResponder();
        var services = new ServiceCollection()
            .AddSingleton(replica.Connection)
            .AddSingleton<IInteractionResponder>(told)
            .BuildServiceProvider();
        var reaper = new LostRunReaper(Microsoft.Extensions.Options.Options.Create(replica.State), services, _time, NullLogger<LostRunReaper>.Instance);
        return (reaper, told);
    }
}
