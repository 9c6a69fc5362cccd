using System.Globalization;
using System.Net;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.Runs;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// Three replicas of the real program in HTTP mode behind no balancer but the test, sharing one store (Garnet): the
/// limits hold whichever replica a command lands on, a Cancel click reaches the replica running the run, and an
/// outage of the store costs new runs a refusal, not the bot.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed class ScaleOutEndToEndTests
{
    private const string Owner = "1026922282796470289";
    private static readonly TimeSpan CancelPromise = TimeSpan.FromSeconds(0.5);

    [Fact]
    public async Task ThirdConcurrentRun_IsRefusedEphemerally_OnWhicheverReplicaItLands()
    {
        await using var set = await ReplicaSet.StartAsync(3, new Dictionary<string, string> { ["Limits__RunsPerUser"] = "2" });

        for (var landing = 0; landing < 3; landing++)
        {
            // The user's two runs go to the other two replicas, so only the store knows both.
            var user = User(landing);
            var first = await set.RaceAsync((landing + 1) % 3, user, "A:60");
            var second = await set.RaceAsync((landing + 2) % 3, user, "A:60");
            var third = await set.RaceAsync(landing, user, "A:0.1");

            Assert.Contains("A:60", (await set.FirstReplyAsync(first)).Content, StringComparison.Ordinal);
            Assert.Contains("A:60", (await set.FirstReplyAsync(second)).Content, StringComparison.Ordinal);
            var refusal = await set.FirstReplyAsync(third);
            Assert.True(refusal.Ephemeral, $"replica {landing} refused in public: {refusal.Content}");
            Assert.Equal("Not now: " + RunRefusals.UserLimit(2) + ".", refusal.Content);
            Assert.Empty(set.Lines(third.InteractionId!));
        }

        // Someone else is still welcome everywhere: the limit is the user's, not the replica's.
        for (var replica = 0; replica < 3; replica++)
        {
            var other = await set.RaceAsync(replica, User(10 + replica), "A:0.1");
            Assert.DoesNotContain("Not now", (await set.FirstReplyAsync(other)).Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CancelPressedOnReplicaB_StopsTheRunOnReplicaA_WithinHalfASecond()
    {
        await using var set = await ReplicaSet.StartAsync(3);
        // The replicas are the Debug build under the JIT: the first cross-replica Cancel compiles its whole path (the
        // click, the store lookup and publish, the owner's cancel, the summary and its picture), which took the first
        // click-to-line from about 70 ms warm to 200-690 ms. The product ships ahead-of-time compiled, so one Cancel
        // goes first and the promise is measured on the second.
        var warmUp = (await set.RaceAsync(0, User(20), "A:0.2 B:30 C:30")).InteractionId!;
        await BotHarness.WaitUntilAsync(() => set.Lines(warmUp).Exists(l => l.Line.StartsWith("Task A: Finished", StringComparison.Ordinal)), what: "the warm-up's task A to finish");
        await set.CancelAsync(1, warmUp, User(20));
        await set.WaitForRunEndAsync(warmUp);

        var race = await set.RaceAsync(0, Owner, "A:0.2 B:30 C:30");
        var id = race.InteractionId!;
        await BotHarness.WaitUntilAsync(() => set.Lines(id).Exists(l => l.Line.StartsWith("Task A: Finished", StringComparison.Ordinal)), what: "task A to finish");

        var pressed = DateTimeOffset.UtcNow;
        var click = await set.CancelAsync(1, id, Owner);
        await BotHarness.WaitUntilAsync(() => set.Lines(id).Exists(IsBCancelled), TimeSpan.FromSeconds(10), "task B's cancelled line");
        var stopped = set.Lines(id).First(IsBCancelled).ArrivedAt;
        await set.WaitForRunEndAsync(id);

        Assert.Equal(HttpStatusCode.OK, click.Status);
        Assert.Equal(6, click.CallbackType);
        Assert.True(stopped - pressed <= CancelPromise, $"the cancelled line arrived {(stopped - pressed).TotalMilliseconds:F0} ms after the click");
        Assert.Contains(set.Lines(id), l => l.Line.StartsWith("Task C: Cancelled after", StringComparison.Ordinal));
        Assert.Contains(set.Lines(id), l => l.Line.StartsWith("Cancelled after", StringComparison.Ordinal));
        Assert.DoesNotContain(set.Lines(id), l => l.Line.StartsWith("Task B: Finished", StringComparison.Ordinal));

        static bool IsBCancelled((string Line, DateTimeOffset ArrivedAt) l) => l.Line.StartsWith("Task B: Cancelled after", StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreStoppedAndRestarted_NewRunsAreRefusedWhileItIsAway_ThenServedAgainByTheSameProcesses()
    {
        await using var set = await ReplicaSet.StartAsync(3);
        var processes = set.Replicas.Select(r => r.Process.Id).ToList();
        var going = await set.RaceAsync(2, User(99), "A:1.5");
        Assert.DoesNotContain("Not now", (await set.FirstReplyAsync(going)).Content, StringComparison.Ordinal);

        set.Garnet.Stop();
        for (var replica = 0; replica < 3; replica++)
        {
            var refusal = await set.FirstReplyAsync(await set.RaceAsync(replica, User(replica), "A:0.1"));
            Assert.True(refusal.Ephemeral, $"replica {replica} refused in public: {refusal.Content}");
            Assert.Equal("Not now: " + RunRefusals.StoreUnavailable + ".", refusal.Content);
        }

        await set.WaitForRunEndAsync(going.InteractionId!);
        for (var replica = 0; replica < 3; replica++)
        {
            Assert.False(set.Replicas[replica].Process.HasExited, $"replica {replica} ended while the store was away");
            Assert.Equal(HttpStatusCode.OK, await set.HealthAsync(replica));
        }

        Assert.Contains(set.Lines(going.InteractionId!), l => l.Line.StartsWith("Task A: Finished after", StringComparison.Ordinal));

        set.Garnet.Restart();
        for (var replica = 0; replica < 3; replica++)
        {
            var served = await ServedAsync(set, replica, User(replica));
            await set.WaitForRunEndAsync(served.InteractionId!);
            Assert.Contains(set.Lines(served.InteractionId!), l => l.Line.StartsWith("Task A: Finished after", StringComparison.Ordinal));
        }

        Assert.Equal(processes, set.Replicas.Select(r => r.Process.Id));
        Assert.DoesNotContain(set.Replicas, r => r.Process.HasExited);
    }

    /// <summary>
    /// Sends a race until the replica admits it: it reconnects to the store by itself, a moment after the store is
    /// back, and until then it must keep refusing politely.
    /// </summary>
    private static async Task<FakeEndpointAnswer> ServedAsync(ReplicaSet set, int replica, string user)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var answer = await set.RaceAsync(replica, user, "A:0.1");
            var reply = await set.FirstReplyAsync(answer);
            if (!reply.Content.StartsWith("Not now", StringComparison.Ordinal))
            {
                return answer;
            }

            Assert.Equal("Not now: " + RunRefusals.StoreUnavailable + ".", reply.Content);
            Assert.True(DateTime.UtcNow < deadline, $"replica {replica} still refused 30 s after the store came back");
            await Task.Delay(250);
        }
    }

    private static string User(int n) => (1026922282796470000L + n).ToString(CultureInfo.InvariantCulture);
}
