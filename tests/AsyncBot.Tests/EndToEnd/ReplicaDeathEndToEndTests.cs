using System.Diagnostics;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Runs.Redis;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// Two replicas of the real program in HTTP mode sharing one store (Garnet); one is killed with SIGKILL in the middle
/// of a user's race. The survivor must tell that user, in the run's channel, and free the user's slot.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed class ReplicaDeathEndToEndTests
{
    private const string User = "1026922282796470289";
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReplicaKilledMidRace_WithinFifteenSecondsItsUserIsToldAndCanStartAgainOnTheOther()
    {
        await using var set = await ReplicaSet.StartAsync(2, new Dictionary<string, string> { ["Limits__RunsPerUser"] = "1" });

        var race = await set.RaceAsync(0, User, "Long:60");
        var id = race.InteractionId!;
        await BotHarness.WaitUntilAsync(() => Contents(set, id, FakeMessageAction.Create).Any(c => c.Contains("Started", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(15), "the race's first line");
        var meanwhile = await set.RaceAsync(1, User, "X:1");

        var killed = Stopwatch.StartNew();
        var killedAt = DateTimeOffset.UtcNow;
        set.Replicas[0].Process.Kill();
        await BotHarness.WaitUntilAsync(
            () => Contents(set, id, FakeMessageAction.Create).Contains(LostRunReaper.NoticeFor("race"))
                && set.Rest.Messages.For(id).Any(r => r.Action == FakeMessageAction.Edit && r.Components is { Count: 0 }),
            Promise + TimeSpan.FromSeconds(5), "the lost-run notice and the Cancel button's removal");
        var toldAfter = killed.Elapsed;
        var again = await set.RaceAsync(1, User, "Y:0.1");

        Assert.StartsWith("Not now: you already have", (string?)meanwhile.Json?["data"]?["content"] ?? string.Empty, StringComparison.Ordinal);
        var arrivals = string.Join(", ", set.Rest.Messages.For(id).Select(r => $"{r.Action} {(r.ArrivedAt - killedAt).TotalSeconds:F1}"));
        Assert.True(toldAfter <= Promise, $"the user was told {toldAfter.TotalSeconds:F1} s after the kill ({arrivals})");
        Assert.Single(Contents(set, id, FakeMessageAction.Create), c => c == LostRunReaper.NoticeFor("race"));
        Assert.Equal(4, again.Json?["type"]?.GetValue<int>());
        Assert.DoesNotContain("Not now", (string?)again.Json?["data"]?["content"] ?? string.Empty, StringComparison.Ordinal);
    }

    private static List<string> Contents(ReplicaSet set, string interactionId, FakeMessageAction action) =>
        [.. set.Rest.Messages.For(interactionId).Where(r => r.Action == action).Select(r => r.Content ?? string.Empty)];
}
