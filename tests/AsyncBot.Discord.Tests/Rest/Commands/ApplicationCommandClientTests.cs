using System.Net;
using System.Text.Json.Nodes;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Commands;

namespace AsyncBot.Discord.Tests.Rest.Commands;

/// <summary>Command registration against the fake's command routes.</summary>
public sealed class ApplicationCommandClientTests
{
    private const string GuildId = "1306560559054860288";

    [Fact]
    public async Task BulkOverwriteGlobalCommandsAsync_SendsFixtureShapeAndRoundTrips()
    {
        await using var harness = await RestHarness.StartAsync();

        var registered = await harness.Commands.BulkOverwriteGlobalCommandsAsync(RestHarness.ApplicationId, AsyncBotCommands.All);

        var put = Assert.Single(harness.Fake.Commands.Puts);
        Assert.True(JsonNode.DeepEquals(RestFixtures.Json("commands-bulk.json"), put.Body), put.Body.ToJsonString());
        Assert.Equal(["race", "fetch", "help"], registered.Select(c => c.Definition.Name));
        Assert.All(registered, c => Assert.False(string.IsNullOrEmpty(c.Id)));
        Assert.All(registered, c => Assert.Null(c.GuildId));
        Assert.True(ApplicationCommandComparer.AreEquivalent(AsyncBotCommands.All, registered));
        Assert.True(ApplicationCommandComparer.AreEquivalent(AsyncBotCommands.All,
            await harness.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId)));
        Assert.Empty(harness.Fake.Requests.Violations);
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommandsAsync_Again_KeepsIdsAndCreatesNothingNew()
    {
        await using var harness = await RestHarness.StartAsync();
        var first = await harness.Commands.BulkOverwriteGlobalCommandsAsync(RestHarness.ApplicationId, AsyncBotCommands.All);

        var second = await harness.Commands.BulkOverwriteGlobalCommandsAsync(RestHarness.ApplicationId, AsyncBotCommands.All);

        Assert.Equal(first.Select(c => c.Id), second.Select(c => c.Id));
        Assert.Equal(3, harness.Fake.Commands.CreateCount);
    }

    [Fact]
    public async Task BulkOverwriteGuildCommandsAsync_RegistersForTheGuildOnly()
    {
        await using var harness = await RestHarness.StartAsync();

        var registered = await harness.Commands.BulkOverwriteGuildCommandsAsync(RestHarness.ApplicationId, GuildId, AsyncBotCommands.All);

        Assert.All(registered, c => Assert.Equal(GuildId, c.GuildId));
        Assert.Equal(3, (await harness.Commands.GetGuildCommandsAsync(RestHarness.ApplicationId, GuildId)).Count);
        Assert.Empty(await harness.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId));
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommandsAsync_UpperCaseNameAndOptionalBeforeRequired_Throws50035()
    {
        await using var harness = await RestHarness.StartAsync();
        var bad = new ApplicationCommandDefinition("Race", "x")
        {
            Options =
            [
                new(ApplicationCommandOptionType.String, "a", "optional"),
                new(ApplicationCommandOptionType.String, "b", "required") { Required = true },
            ],
        };

        var error = await Assert.ThrowsAsync<DiscordRequestException>(
            () => harness.Commands.BulkOverwriteGlobalCommandsAsync(RestHarness.ApplicationId, [bad]));

        Assert.Equal((HttpStatusCode.BadRequest, 50035), (error.Status, error.Code));
        Assert.Contains("0.name", error.DiscordMessage, StringComparison.Ordinal);
        Assert.Contains("0.options.1.required", error.DiscordMessage, StringComparison.Ordinal);
        Assert.Empty(harness.Fake.Commands.Puts);
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommandsAsync_OverDailyCreateLimit_Throws30034()
    {
        await using var harness = await RestHarness.StartAsync(fake: f => f.MaxCommandCreatesPerDay = 2);

        var error = await Assert.ThrowsAsync<DiscordRequestException>(
            () => harness.Commands.BulkOverwriteGlobalCommandsAsync(RestHarness.ApplicationId, AsyncBotCommands.All));

        Assert.Equal(30034, error.Code);
        Assert.Equal(0, harness.Fake.Commands.CreateCount);
    }
}
