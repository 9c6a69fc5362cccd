using System.Text.Json.Nodes;

namespace AsyncBot.Tests.EndToEnd;

[Collection(RealTimeTests.Name)]
public class CommandRegistrationEndToEndTests
{
    [Fact]
    public async Task Ready_RegistersGlobalCommandsOnce_AndNotAgainWhenUnchanged()
    {
        await using var bot = await BotHarness.StartAsync();
        await BotHarness.WaitUntilAsync(() => bot.Rest.Commands.Puts.Count == 1, what: "the first registration");

        var registered = bot.Rest.Commands.Get();
        Assert.Equal(["race", "fetch", "help", "history"], registered.Select(c => c!["name"]!.GetValue<string>()));
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "commands-bulk.json")))!.AsArray();
        Assert.Equal(
            fixture.Select(c => c!["options"]?.AsArray().Select(o => o!["name"]!.GetValue<string>()).ToList() ?? []),
            registered.Take(fixture.Count).Select(c => c!["options"]?.AsArray().Select(o => o!["name"]!.GetValue<string>()).ToList() ?? []));
        var history = registered[^1]!["options"]!.AsArray();
        Assert.Equal(("scope", 3), (history[0]!["name"]!.GetValue<string>(), history[0]!["type"]!.GetValue<int>()));
        Assert.Equal(["me", "server"], history[0]!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal(("forget", 5), (history[1]!["name"]!.GetValue<string>(), history[1]!["type"]!.GetValue<int>()));

        // A restart (a second bot process) finds the same definitions and leaves them alone.
        using var restarted = await bot.StartAnotherBotAsync();
        await BotHarness.WaitUntilAsync(() => bot.Rest.Requests.For("GET", "/applications/:id/commands").Count >= 2, what: "the second bot's check");
        await Task.Delay(300);
        Assert.Single(bot.Rest.Commands.Puts);
        await restarted.StopAsync();
    }

    [Fact]
    public async Task Ready_WithGuildId_RegistersToThatGuildOnly()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Discord:GuildId"] = "1306560559054860288" });
        await BotHarness.WaitUntilAsync(() => bot.Rest.Commands.Puts.Count == 1, what: "the guild registration");

        Assert.Equal(4, bot.Rest.Commands.Get("1306560559054860288").Count);
        Assert.Empty(bot.Rest.Commands.Get());
    }
}
