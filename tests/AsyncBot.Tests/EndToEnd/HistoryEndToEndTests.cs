using AsyncBot.FakeDiscord.Rest;
using AsyncBot.History.Storage;
using AsyncBot.Tests.History.Support;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>/history through the real host, our Discord client, the fake Discord and a real SQLite file.</summary>
[Collection(RealTimeTests.Name)]
public sealed class HistoryEndToEndTests : IDisposable
{
    private const string Alice = "1026922282796470289";
    private const string Bob = "2026922282796470289";

    private readonly HistoryFolder _folder = new();

    [Fact]
    public async Task Race_ThenHistory_ListsTheRunWithinTwoSeconds_OnlyToTheAsker()
    {
        await using var bot = await StartAsync(_folder.ConnectionString);
        var race = await bot.SendCommandAsync("race", Alice, ("tasks", "A:0.2 B:0.1"));
        await bot.WaitForRunEndAsync(race.Id);
        var ended = DateTime.UtcNow;

        FakeMessageRecord answer;
        do
        {
            answer = await AskAsync(bot, Alice);
        }
        while (!answer.Content!.Contains("/race gather delay", StringComparison.Ordinal) && DateTime.UtcNow - ended < TimeSpan.FromSeconds(2));

        Assert.True(DateTime.UtcNow - ended < TimeSpan.FromSeconds(2), $"listed only after {(DateTime.UtcNow - ended).TotalSeconds:F1} s: {answer.Content}");
        Assert.Contains("`/race gather delay` 2 tasks", answer.Content, StringComparison.Ordinal);
        Assert.Contains("Best speedup: **", answer.Content, StringComparison.Ordinal);
        Assert.Equal(64, answer.Flags & 64);
        Assert.True(answer.MentionsNobody);
    }

    [Fact]
    public async Task HistoryScopeServer_NamesRunnersAsMentionsThatNeverPing()
    {
        await using var bot = await StartAsync(_folder.ConnectionString);
        var race = await bot.SendCommandAsync("race", Bob, ("tasks", "A:0.1"));
        await bot.WaitForRunEndAsync(race.Id);

        await BotHarness.WaitUntilAsync(() => RowsOf(Bob) == 1, TimeSpan.FromSeconds(2), "the run's row");
        var answer = await AskAsync(bot, Alice, ("scope", "server"));

        Assert.Contains($"1. <@{Bob}> `/race gather delay` 1 task", answer.Content, StringComparison.Ordinal);
        Assert.Equal(64, answer.Flags & 64);
        Assert.True(answer.MentionsNobody);
    }

    [Fact]
    public async Task HistoryForget_LeavesNoRowOfThatUser()
    {
        await using var bot = await StartAsync(_folder.ConnectionString);
        foreach (var user in new[] { Alice, Bob })
        {
            var race = await bot.SendCommandAsync("race", user, ("tasks", "A:0.1"));
            await bot.WaitForRunEndAsync(race.Id);
        }

        await BotHarness.WaitUntilAsync(() => RowsOf(Alice) == 1 && RowsOf(Bob) == 1, TimeSpan.FromSeconds(2), "both rows");

        var answer = await AskAsync(bot, Alice, ("forget", true));

        Assert.Contains("your 1 recorded run are deleted", answer.Content, StringComparison.Ordinal);
        Assert.Equal(0, RowsOf(Alice));
        Assert.Equal(1, RowsOf(Bob));
        Assert.Contains("no recorded runs", (await AskAsync(bot, Alice)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseUnwritable_RacesStillFinish_AndHistorySaysItIsUnavailable()
    {
        await using var bot = await StartAsync(_folder.UnwritableConnectionString());

        for (var i = 0; i < 2; i++)
        {
            var race = await bot.SendCommandAsync("race", Alice, ("tasks", "A:0.1 B:0.2"));
            await bot.WaitForRunEndAsync(race.Id);
            var summary = bot.MessagesFor(race.Id).Last(r => r.Action == FakeMessageAction.Create).Content!;
            Assert.StartsWith("Finished in", summary, StringComparison.Ordinal);
        }

        var answer = await AskAsync(bot, Alice);

        Assert.Contains("Run history is unavailable right now", answer.Content, StringComparison.Ordinal);
        Assert.Equal(64, answer.Flags & 64);
    }

    private static Task<BotHarness> StartAsync(string connectionString) =>
        BotHarness.StartAsync(new Dictionary<string, string?> { ["History:ConnectionString"] = connectionString });

    /// <summary>Sends /history and returns its (only) reply.</summary>
    private static async Task<FakeMessageRecord> AskAsync(BotHarness bot, string userId, params (string Name, object Value)[] options)
    {
        var sent = await bot.SendCommandAsync("history", userId, options);
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(sent.Id).Count > 0, what: "the /history reply");
        var reply = Assert.Single(bot.MessagesFor(sent.Id));
        Assert.Equal(FakeMessageAction.Callback, reply.Action);
        return reply;
    }

    private int RowsOf(string userId) =>
        new SqliteHistoryStore(_folder.ConnectionString).LatestAsync(userId, 100).GetAwaiter().GetResult().Count;

    public void Dispose() => _folder.Dispose();
}
