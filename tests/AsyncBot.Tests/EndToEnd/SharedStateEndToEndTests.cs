using AsyncBot.Runs;
using AsyncBot.Runs.Redis;
using AsyncBot.Tests.Runs.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>The bot composed as Discord mode composes it, with <c>State:Redis</c> pointing at a real Garnet.</summary>
[Collection(RealTimeTests.Name)]
public sealed class SharedStateEndToEndTests
{
    private const string Owner = "1026922282796470289";

    [Fact]
    public async Task Race_WithSharedState_RunsAndTheStoreCountsItsSlot()
    {
        using var garnet = new GarnetRig();
        await using var bot = await BotHarness.StartAsync(Settings(garnet));
        Assert.IsType<RedisRunRegistry>(bot.Host.Services.GetRequiredService<IRunRegistry>());

        var first = await bot.SendCommandAsync("race", Owner, ("tasks", "A:1"));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(first.Id).Count > 0);
        var second = await bot.SendCommandAsync("race", Owner, ("tasks", "B:0.1"));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(second.Id).Count > 0);
        await bot.WaitForRunEndAsync(first.Id);

        var refusal = Assert.Single(bot.MessagesFor(second.Id));
        Assert.Equal(64, refusal.Flags & 64);
        Assert.Equal("Not now: " + RunRefusals.UserLimit(1) + ".", refusal.Content);
    }

    [Fact]
    public async Task Race_WhileTheStoreIsDown_IsRefusedEphemerally()
    {
        using var garnet = new GarnetRig();
        await using var bot = await BotHarness.StartAsync(Settings(garnet));

        garnet.Stop();
        var sent = await bot.SendCommandAsync("race", Owner, ("tasks", "A:0.1"));
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(sent.Id).Count > 0);

        var refusal = Assert.Single(bot.MessagesFor(sent.Id));
        Assert.Equal(64, refusal.Flags & 64);
        Assert.StartsWith("Not now: can't start runs right now", refusal.Content, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(GarnetRig garnet) => new()
    {
        ["State:Redis"] = garnet.ConnectionString,
        ["State:KeyPrefix"] = "t" + Guid.NewGuid().ToString("N"),
        ["Limits:RunsPerUser"] = "1",
    };
}
