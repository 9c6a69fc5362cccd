using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Tests.EndToEnd;

[Collection(RealTimeTests.Name)]
public class CancelEndToEndTests
{
    private const string Owner = "1026922282796470289";

    [Fact]
    public async Task Cancel_ByOwner_StopsTheRunAndSaysWhatFinishedAndWhatWasCancelled()
    {
        await using var bot = await BotHarness.StartAsync();
        var sent = await bot.SendCommandAsync("race", Owner, ("tasks", "A:0.2 B:5 C:6"));
        await BotHarness.WaitUntilAsync(() => Lines(bot, sent.Id).Exists(l => l.StartsWith("Task A: Finished", StringComparison.Ordinal)));

        var click = await bot.Gateway.SendButtonClickAsync("cancel:" + sent.Id, userId: Owner);
        await bot.WaitForRunEndAsync(sent.Id);

        var ack = Assert.Single(bot.MessagesFor(click.Id));
        Assert.Equal(6, ack.CallbackType);
        var lines = Lines(bot, sent.Id);
        Assert.Contains(lines, l => l.StartsWith("Task B: Cancelled after", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Task C: Cancelled after", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Cancelled after", StringComparison.Ordinal));
        var records = bot.MessagesFor(sent.Id);
        Assert.True(BotHarness.IsButtonDisabled(records[^1]));
        Assert.True((records[^1].ArrivedAt - records[0].ArrivedAt).TotalSeconds < 4);
    }

    [Fact]
    public async Task Cancel_BySomeoneElse_IsRefusedEphemerallyAndTheRunGoesOn()
    {
        await using var bot = await BotHarness.StartAsync();
        var sent = await bot.SendCommandAsync("race", Owner, ("tasks", "A:0.6"));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(sent.Id).Count > 0);

        var click = await bot.Gateway.SendButtonClickAsync("cancel:" + sent.Id, userId: "999999999999999999");
        await bot.WaitForRunEndAsync(sent.Id);

        var refusal = Assert.Single(bot.MessagesFor(click.Id));
        Assert.Equal(4, refusal.CallbackType);
        Assert.Equal(64, refusal.Flags & 64);
        Assert.Contains("Only the person who started this run can cancel it", refusal.Content, StringComparison.Ordinal);
        // The run went on to finish (its measured seconds may exceed 0.6 on a loaded machine).
        Assert.Contains(Lines(bot, sent.Id), l => l.StartsWith("Task A: Finished after", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines(bot, sent.Id), l => l.Contains("Cancelled", StringComparison.Ordinal));
    }

    private static List<string> Lines(BotHarness bot, string interactionId) =>
        bot.MessagesFor(interactionId).Where(r => r.Action == FakeMessageAction.Create)
            .SelectMany(r => r.Content!.Split('\n')).ToList();
}
