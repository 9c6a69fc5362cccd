using System.Net;
using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;
using AsyncBot.Runs;
using AsyncBot.Runs.Redis;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace AsyncBot.Tests.Runs.Redis;

/// <summary>Replicas that die mid-run, on a real store (Garnet) and a fake clock: who notices, who is told, what is freed.</summary>
public sealed class LostRunReaperTests : IDisposable
{
    private readonly GarnetRig _garnet = new();
    private readonly string _prefix = "reaper-" + Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    private readonly ConnectionMultiplexer _store;

    public LostRunReaperTests() => _store = ConnectionMultiplexer.Connect(_garnet.ConnectionString);

    public void Dispose()
    {
        _store.Dispose();
        _garnet.Dispose();
    }

    private RunReplyAddress ReplyTo => new("app-1", "token-of-r1", "race", _time.GetUtcNow().AddMinutes(15));

    [Fact]
    public async Task ReplicaKilledMidRun_AfterItsLeaseExactlyOneSurvivorTellsTheUserAndTheSlotIsFree()
    {
        var a = Replica();
        await using var b = Replica();
        await using var c = Replica();
        Assert.NotNull((await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run);
        await a.DisposeAsync(); // killed: no release, no more renewals, its connection gone
        var (reaperB, toldByB) = ReaperRig.For(b, _time);
        var (reaperC, toldByC) = ReaperRig.For(c, _time);

        Assert.Equal(0, await reaperB.SweepAsync() + await reaperC.SweepAsync());
        Assert.Equal(RunRefusals.UserLimit(1), (await b.Registry.TryStartAsync("r2", "u1")).Refusal);

        _time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds) + TimeSpan.FromMilliseconds(1));
        var claimed = await Task.WhenAll(reaperB.SweepAsync(), reaperC.SweepAsync());

        Assert.Equal(1, claimed.Sum());
        var calls = toldByB.Calls.Concat(toldByC.Calls).ToList();
        Assert.Collection(
            calls,
            followup =>
            {
                Assert.Equal("followup", followup.Kind);
                Assert.Equal(LostRunReaper.NoticeFor("race"), followup.Message!.Content);
                Assert.EndsWith("start it again with /race.", followup.Message.Content, StringComparison.Ordinal);
                Assert.False(followup.Message.Ephemeral);
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
        Assert.Equal(0, await reaperB.SweepAsync() + await reaperC.SweepAsync());
    }

    [Fact]
    public async Task RunEndedNormally_IsNeverReported()
    {
        await using var a = Replica();
        await using var b = Replica();
        var run = (await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;
        await run.DisposeAsync();
        var (reaper, told) = ReaperRig.For(b, _time);
        await reaper.SweepAsync();

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, await reaper.SweepAsync());
        Assert.Empty(told.Calls);
        Assert.False(await Store().KeyExistsAsync(Keys.Reply("r1")));
    }

    [Fact]
    public async Task TheToken_LivesOnlyInTheReplyRecord_ForNoLongerThanDiscordHonoursIt()
    {
        await using var a = Replica();
        var replyTo = ReplyTo with { ExpiresAt = _time.GetUtcNow().AddMinutes(14) };
        await using var run = (await a.Registry.TryStartAsync("r1", "u1", replyTo)).Run;
        var db = Store();
        var before = await db.KeyTimeToLiveAsync(Keys.Reply("r1"));

        _time.Advance(TimeSpan.FromSeconds(3));
        await a.Registry.RenewLeasesAsync();

        Assert.InRange(before!.Value, TimeSpan.FromMinutes(13.9), TimeSpan.FromMinutes(14));
        Assert.True(await db.KeyTimeToLiveAsync(Keys.Reply("r1")) <= before, "a renewal must not extend the token's record");
        Assert.Equal("token-of-r1", (string?)await db.HashGetAsync(Keys.Reply("r1"), "token"));
        var record = await db.HashGetAllAsync(Keys.Run("r1"));
        Assert.Equal(["owner", "replica"], record.Select(e => (string)e.Name!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("token-of-r1", replyTo.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryReplicaDied_OneStartedMinutesLaterStillTellsTheUser()
    {
        var a = Replica();
        Assert.NotNull((await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run);
        await a.DisposeAsync();

        // Nobody swept: the run's own record lapsed a minute after its lease (dropped here, the clock being fake);
        // the reply record, kept for the token's life, is what is left.
        _time.Advance(TimeSpan.FromMinutes(3));
        await Store().KeyDeleteAsync(Keys.Run("r1"));
        await using var d = Replica();
        var (reaper, told) = ReaperRig.For(d, _time);
        Assert.Equal(0, await reaper.SweepAsync()); // just in touch with the store: it waits one lease first
        _time.Advance(TimeSpan.FromSeconds(d.State.LeaseSeconds));

        Assert.Equal(1, await reaper.SweepAsync());
        Assert.Equal([LostRunReaper.NoticeFor("race")], told.Followups.Select(m => m.Content));
        Assert.Equal("token-of-r1", told.Calls[0].Interaction.Token);
        Assert.NotNull((await d.Registry.TryStartAsync("r2", "u1")).Run);
    }

    [Fact]
    public async Task OwnRunThatEndedButWhoseReleaseNeverArrived_IsForgottenWithoutANotice()
    {
        var a = Replica();
        await using var sweepLine = RunStoreConnection.Connect(a.State, null);
        var (reaper, told) = ReaperRig.For(a, _time, sweepLine);
        await reaper.SweepAsync();
        var run = (await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run!;

        // The store unreachable from the registry as the run ends: its release is lost.
        await a.Connection.CloseAsync();
        await run.DisposeAsync();
        _time.Advance(TimeSpan.FromSeconds(a.State.LeaseSeconds + 1));

        Assert.Equal(0, await reaper.SweepAsync());
        Assert.Empty(told.Calls);
        var db = Store();
        Assert.Null(await db.SortedSetScoreAsync(Keys.Leases, "r1"));
        Assert.False(await db.KeyExistsAsync(Keys.Reply("r1")));
        await a.DisposeAsync();
    }

    [Fact]
    public async Task DeadToken_TheNoticeIsDroppedQuietly_AndTheSweepGoesOn()
    {
        var a = Replica();
        await using var b = Replica();
        Assert.NotNull((await a.Registry.TryStartAsync("r1", "u1", ReplyTo)).Run);
        Assert.NotNull((await a.Registry.TryStartAsync("r2", "u2", ReplyTo with { Token = "token-of-r2" })).Run);
        await a.DisposeAsync();
        var (reaper, told) = ReaperRig.For(b, _time);
        await reaper.SweepAsync();
        told.OnFollowup = _ => throw new DiscordRequestException(HttpStatusCode.NotFound, DiscordErrors.UnknownWebhook, "Unknown Webhook", "POST /webhooks");

        _time.Advance(TimeSpan.FromSeconds(b.State.LeaseSeconds + 1));

        Assert.Equal(2, await reaper.SweepAsync());
        Assert.Empty(told.Calls);
        Assert.NotNull((await b.Registry.TryStartAsync("r3", "u1")).Run);
        Assert.NotNull((await b.Registry.TryStartAsync("r4", "u2")).Run);
    }

    [Fact]
    public async Task StoreStopped_SweepLogsAndReturnsWithoutThrowing()
    {
        await using var b = Replica();
        var (reaper, told) = ReaperRig.For(b, _time);
        _garnet.Stop();

        Assert.Equal(0, await reaper.SweepAsync());
        Assert.Empty(told.Calls);
    }

    private RunStoreKeys Keys => new(_prefix);

    private IDatabase Store() => _store.GetDatabase();

    private ReplicaRig Replica(int renewSeconds = 3) => new(_garnet, _prefix, _time, perUser: 1, renewSeconds: renewSeconds);
}
