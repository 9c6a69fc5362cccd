using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Tests.EndToEnd;

[Collection(RealTimeTests.Name)]
public class FetchCommandEndToEndTests
{
    [Fact]
    public async Task Fetch_ConcurrentLoopbackUrls_ReportsEachAndTheTutorialsSummary()
    {
        await using var web = await SlowHttpServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(new() { ["Fetch:AllowPrivateNetworks"] = "true" });
        var urls = string.Join(' ', Enumerable.Range(0, 3).Select(_ => web.Url("slow/400")).Append(web.Url("missing")));

        var sent = await bot.SendCommandAsync("fetch", options: ("urls", urls));
        await bot.WaitForRunEndAsync(sent.Id);

        var records = bot.MessagesFor(sent.Id);
        Assert.Equal(4, records[0].CallbackType);
        Assert.Equal(4, records[0].Flags & 4);
        var text = string.Join('\n', records.Where(r => r.Action == FakeMessageAction.Create).Select(r => r.Content));
        Assert.Equal(3, text.Split('\n').Count(l => l.Contains("200 OK", StringComparison.Ordinal)));
        Assert.Contains("404", text, StringComparison.Ordinal);
        Assert.Contains("Received 3 responses", text, StringComparison.Ordinal);
        Assert.Contains("completed in 0.", text, StringComparison.Ordinal);
        Assert.All(records.Where(r => r.Action == FakeMessageAction.Create), r => Assert.Equal(4, r.Flags & 4));
        Assert.All(records.Where(r => r.CarriesMessage), r => Assert.True(r.MentionsNobody));
        Assert.Equal(4, web.Hits);
    }

    [Fact]
    public async Task Fetch_PrivateAddressWithDefaultPolicy_IsRefusedAndNothingIsSent()
    {
        await using var web = await SlowHttpServer.StartAsync();
        await using var bot = await BotHarness.StartAsync();

        var sent = await bot.SendCommandAsync("fetch", options: ("urls", web.Url("slow/10")));
        await bot.WaitForRunEndAsync(sent.Id);

        var text = string.Join('\n', bot.MessagesFor(sent.Id).Where(r => r.Action == FakeMessageAction.Create).Select(r => r.Content));
        Assert.Contains("refused", text, StringComparison.Ordinal);
        Assert.Equal(0, web.Hits);
    }

    [Fact]
    public async Task Fetch_TooManyUrls_GetsAnEphemeralErrorWithAnExample()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Fetch:MaxUrls"] = "5" });

        var tooMany = await bot.SendCommandAsync("fetch", options: ("urls", string.Join(' ', Enumerable.Range(1, 6).Select(i => $"http://host{i}.test/"))));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(tooMany.Id).Count > 0);

        var error = Assert.Single(bot.MessagesFor(tooMany.Id));
        Assert.Equal(64, error.Flags & 64);
        Assert.Contains("5", error.Content, StringComparison.Ordinal);
        Assert.Contains("For example", error.Content, StringComparison.Ordinal);
    }
}
