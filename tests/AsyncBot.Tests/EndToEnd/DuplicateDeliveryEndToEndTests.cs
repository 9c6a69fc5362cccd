using AsyncBot.Runs;
using AsyncBot.Runs.Redis;
using AsyncBot.Tests.Runs.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// One interaction delivered twice to a bot composed with <c>State:Redis</c>: Discord hears one answer, and the
/// claim the dispatcher took is in the shared store, where a second replica's dispatcher finds it taken.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed class DuplicateDeliveryEndToEndTests
{
    [Fact]
    public async Task Race_DeliveredTwice_WithSharedState_IsAnsweredOnce_AndAnotherReplicaFindsItClaimed()
    {
        using var garnet = new GarnetRig();
        var settings = new Dictionary<string, string?>
        {
            ["State:Redis"] = garnet.ConnectionString,
            ["State:KeyPrefix"] = "t" + Guid.NewGuid().ToString("N"),
        };
        await using var bot = await BotHarness.StartAsync(settings);
        Assert.IsType<RedisInteractionClaims>(bot.Host.Services.GetRequiredService<IInteractionClaims>());

        var command = FakeDiscord.Gateway.FakeInteractions.SlashCommand("race", [("tasks", "A:0.2")]);
        var first = await bot.Gateway.SendInteractionAsync(command);
        command["id"] = first.Id;
        await bot.Gateway.SendInteractionAsync(command);
        await bot.WaitForRunEndAsync(first.Id);
        var other = await bot.SendCommandAsync("race", options: ("tasks", "B:0.1"));
        await bot.WaitForRunEndAsync(other.Id);

        // Both runs' callbacks have landed; the repeat, had it been handled, would have sent its own by now.
        Assert.Equal(2, bot.Rest.Requests.For("POST", "/interactions/:id/:token/callback").Count);
        Assert.Empty(bot.Rest.Requests.Violations);

        using var store = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(garnet.ConnectionString);
        Assert.True(await store.GetDatabase().KeyExistsAsync(new RunStoreKeys(settings["State:KeyPrefix"]!).Interaction(first.Id)));

        using var replica = await bot.StartAnotherBotAsync(settings);
        var elsewhere = replica.Services.GetRequiredService<IInteractionClaims>();
        Assert.False(await elsewhere.TryClaimAsync(first.Id, CancellationToken.None));
        await replica.StopAsync();
    }
}
