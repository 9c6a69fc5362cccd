using System.Text.Json.Nodes;
using AsyncBot.Discord.Interactions;
using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>What the responder puts on the wire, compared with the shared fixtures, as received by the fake.</summary>
public sealed class InteractionResponderWireTests
{
    private const string PlanText = "**Race** · mode `gather` · work `delay` · 3 tasks (A 2s, B 3s, C 1s)\nStarting all tasks now; I'll post each event as it happens.";
    private static readonly ActionRow CancelRow = new([new Button("cancel:1379029274853814279", "Cancel", ButtonStyle.Danger)]);

    [Fact]
    public async Task RespondAsync_Type4WithCancelButton_SendsCallbackReplyFixture()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = harness.NewInteraction();

        await harness.Responder.RespondAsync(interaction,
            new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new MessageContent(PlanText, [CancelRow])));

        AssertSent(harness, RestFixtures.Json("callback-reply.json"));
        Assert.Equal(4, harness.Fake.Interactions.Find(interaction.Id)!.CallbackType);
    }

    [Fact]
    public async Task RespondAsync_EphemeralReply_SendsFlag64AsInFixture()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = harness.NewInteraction();
        var text = "Can't read `tasks`: `A:two` — seconds must be a number (decimals allowed).\nExample: `/race tasks:A:2 B:3 C:1`";

        await harness.Responder.RespondAsync(interaction,
            new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new MessageContent(text, Ephemeral: true)));

        AssertSent(harness, RestFixtures.Json("callback-ephemeral-error.json"));
        Assert.Equal(64, harness.Fake.Messages.Records.Single().Flags);
    }

    [Fact]
    public async Task RespondAsync_Type5_SendsBareDeferral()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Responder.RespondAsync(harness.NewInteraction(), new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource));

        AssertSent(harness, RestFixtures.Json("callback-deferred.json"));
    }

    [Fact]
    public async Task RespondAsync_Type5Ephemeral_SendsOnlyFlag64()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Responder.RespondAsync(harness.NewInteraction(),
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, new MessageContent(Ephemeral: true)));

        AssertSent(harness, JsonNode.Parse("""{"type":5,"data":{"flags":64}}""")!);
    }

    [Fact]
    public async Task RespondAsync_Type7OnButtonClick_SendsUpdateMessageFixture()
    {
        await using var harness = await RestHarness.StartAsync();
        var click = harness.NewInteraction(InteractionType.MessageComponent);
        var text = PlanText + "\n\n**Cancelled** by <@1026922282796470289> after 1.42 s.";
        var disabled = new ActionRow([new Button("cancel:1379029274853814279", "Cancelled", ButtonStyle.Danger, Disabled: true)]);

        await harness.Responder.RespondAsync(click,
            new InteractionResponse(InteractionCallbackType.UpdateMessage, new MessageContent(text, [disabled])));

        AssertSent(harness, RestFixtures.Json("callback-update-message.json"));
    }

    [Fact]
    public async Task RespondAsync_Type6OnButtonClick_SendsTypeOnly()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Responder.RespondAsync(harness.NewInteraction(InteractionType.MessageComponent),
            new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage));

        AssertSent(harness, JsonNode.Parse("""{"type":6}""")!);
    }

    [Fact]
    public async Task FollowupAsync_SilentEventLine_SendsFollowupCreateFixtureAndReturnsNewId()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();

        var id = await harness.Responder.FollowupAsync(interaction,
            new MessageContent("`[+1.00s]` Task C: Finished after 1 sec", SuppressNotifications: true));

        var record = harness.Fake.Messages.Records[^1];
        Assert.Equal(FakeMessageAction.Create, record.Action);
        Assert.True(JsonNode.DeepEquals(RestFixtures.Json("followup-create.json"), record.Body), record.Body?.ToJsonString());
        Assert.Equal(record.MessageId, id);
        Assert.NotNull(harness.Fake.Messages.Get(id));
        Assert.Empty(harness.Fake.Requests.Violations);
    }

    [Fact]
    public async Task EditOriginalAsync_EmptyComponents_SendsEditOriginalFixture()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        var text = PlanText + "\n\n**Done** in 3.00 s (sum of delays 6.00 s, speedup 2.0×).";

        await harness.Responder.EditOriginalAsync(interaction, new MessageContent(text, Components: []));

        var record = harness.Fake.Messages.Records[^1];
        Assert.Equal(FakeMessageAction.Edit, record.Action);
        Assert.True(JsonNode.DeepEquals(RestFixtures.Json("edit-original.json"), record.Body), record.Body?.ToJsonString());
        Assert.Equal(text, (string?)harness.Fake.Messages.Get(harness.Fake.Interactions.Find(interaction.Id)!.OriginalMessageId!)!["content"]);
    }

    [Fact]
    public async Task FollowupAsync_WithAttachment_SendsMultipartAsInFixture()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var summary = new MessageContent(
            "Race finished: 3.00 s elapsed, 6.00 s of work, speedup 2.0×",
            Embeds: [new Embed("Timeline · gather · delay", "A ▇▇▇▇ 2.00 s\nB ▇▇▇▇▇▇ 3.00 s\nC ▇▇ 1.00 s", "attachment://timeline.png", 5793266)],
            Attachments: [new FileAttachment("timeline.png", "image/png", png, "Start and finish of each task")]);

        await harness.Responder.FollowupAsync(interaction, summary);

        var record = harness.Fake.Messages.Records[^1];
        Assert.True(JsonNode.DeepEquals(RestFixtures.MultipartPayload(), record.Body), record.Body?.ToJsonString());
        var file = Assert.Single(record.Files);
        Assert.Equal(0, file.Index);
        Assert.Equal("timeline.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(png.Length, file.Length);
        Assert.Equal("form-data; name=\"files[0]\"; filename=\"timeline.png\"", file.ContentDisposition);
    }

    [Fact]
    public async Task RespondAsync_Type4WithAttachment_SendsMultipartCallback()
    {
        await using var harness = await RestHarness.StartAsync();
        var file = new FileAttachment("timeline.png", "image/png", new byte[] { 1, 2, 3 });

        await harness.Responder.RespondAsync(harness.NewInteraction(), new InteractionResponse(
            InteractionCallbackType.ChannelMessageWithSource, new MessageContent("summary", Attachments: [file])));

        var record = Assert.Single(harness.Fake.Messages.Records);
        Assert.Equal(4, record.CallbackType);
        Assert.Equal("timeline.png", Assert.Single(record.Files).FileName);
        Assert.Equal(0, (int?)record.Message!["attachments"]![0]!["id"]);
    }

    [Fact]
    public async Task EveryMessageBody_CarriesAllowedMentionsParseEmpty()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = harness.NewInteraction();
        var ping = new MessageContent("Task <@1026922282796470289>: Started", [CancelRow]);

        await harness.Responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, ping));
        await harness.Responder.FollowupAsync(interaction, ping with { Components = null });
        await harness.Responder.EditOriginalAsync(interaction, new MessageContent("@everyone done <@&1>", Components: []));

        var records = harness.Fake.Messages.Records;
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.True(r.MentionsNobody, r.Body?.ToJsonString()));
        Assert.Empty(harness.Fake.Requests.Violations);
    }

    private static void AssertSent(RestHarness harness, JsonNode expected)
    {
        var record = Assert.Single(harness.Fake.Messages.Records);
        Assert.Equal(FakeMessageAction.Callback, record.Action);
        Assert.True(JsonNode.DeepEquals(expected, record.Body), record.Body?.ToJsonString());
        Assert.Equal(204, harness.Fake.Requests.Requests.Single().Status);
        Assert.Empty(harness.Fake.Requests.Violations);
    }
}
