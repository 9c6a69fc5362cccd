using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Tests.EndToEnd;

[Collection(RealTimeTests.Name)]
public class InputAndLimitsEndToEndTests
{
    [Theory]
    [InlineData("A:x", "\"A:x\"")]
    [InlineData("A:2 A:3", "A")]
    [InlineData("A:9999", "A:9999")]
    public async Task Race_BadTasks_GetsEphemeralErrorWithExampleAndNothingElse(string tasks, string named)
    {
        await using var bot = await BotHarness.StartAsync();

        var sent = await bot.SendCommandAsync("race", options: ("tasks", tasks));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(sent.Id).Count > 0);
        await Task.Delay(300);

        var record = Assert.Single(bot.MessagesFor(sent.Id));
        Assert.Equal(4, record.CallbackType);
        Assert.Equal(64, record.Flags & 64);
        Assert.Contains(named, record.Content, StringComparison.Ordinal);
        Assert.Contains("A:2 B:3 C:1", record.Content, StringComparison.Ordinal);
        Assert.Null(record.Components);
        Assert.True(record.MentionsNobody);
    }

    [Fact]
    public async Task Race_ThirdRunOfOneUser_IsRefusedWhileOthersMayStillRun()
    {
        await using var bot = await BotHarness.StartAsync();
        var first = await bot.SendCommandAsync("race", "111111111111111111", ("tasks", "A:2"));
        var second = await bot.SendCommandAsync("race", "111111111111111111", ("tasks", "A:2"));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(first.Id).Count > 0 && bot.MessagesFor(second.Id).Count > 0);

        var third = await bot.SendCommandAsync("race", "111111111111111111", ("tasks", "A:0.1"));
        var other = await bot.SendCommandAsync("race", "222222222222222222", ("tasks", "A:0.1"));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(third.Id).Count > 0);
        await bot.WaitForRunEndAsync(other.Id);

        var refusal = Assert.Single(bot.MessagesFor(third.Id));
        Assert.Equal(64, refusal.Flags & 64);
        Assert.Contains("you already have 2 runs going — wait or cancel one", refusal.Content, StringComparison.Ordinal);
        Assert.Equal(FakeMessageAction.Edit, bot.MessagesFor(other.Id)[^1].Action);
    }

    [Fact]
    public async Task Help_ListsCommandsLimitsAndExamples_OnlyToTheAsker()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Race:MaxTasks"] = "7", ["Limits:RunsPerUser"] = "3" });

        var sent = await bot.SendCommandAsync("help");
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(sent.Id).Count > 0);

        var help = Assert.Single(bot.MessagesFor(sent.Id));
        Assert.Equal(64, help.Flags & 64);
        foreach (var expected in new[] { "/race", "/fetch", "up to 7 tasks", "3 runs going at once", "Example: `/race", "Example: `/fetch" })
        {
            Assert.Contains(expected, help.Content, StringComparison.Ordinal);
        }
    }
}
