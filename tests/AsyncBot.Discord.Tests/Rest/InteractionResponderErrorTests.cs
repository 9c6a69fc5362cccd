using System.Net;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>Discord's refusals surface as <see cref="DiscordRequestException"/> with the code, and dead tokens stay dead.</summary>
public sealed class InteractionResponderErrorTests
{
    private static readonly InteractionResponse Reply = new(InteractionCallbackType.ChannelMessageWithSource, new MessageContent("hi"));

    [Fact]
    public async Task RespondAsync_AfterThreeSeconds_Throws10062()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = harness.NewInteraction();
        harness.Time.Advance(TimeSpan.FromSeconds(3.1));

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.RespondAsync(interaction, Reply));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Equal(10062, error.Code);
        Assert.Equal("POST /interactions/:id/:token/callback", error.Route);
    }

    [Fact]
    public async Task RespondAsync_UnknownInteraction_Throws10062()
    {
        await using var harness = await RestHarness.StartAsync();
        var stranger = harness.NewInteraction() with { Id = "1379029274853814279" };

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.RespondAsync(stranger, Reply));

        Assert.Equal(10062, error.Code);
    }

    [Fact]
    public async Task RespondAsync_Twice_SecondThrows40060AndIsNotRetried()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = harness.NewInteraction();
        await harness.Responder.RespondAsync(interaction, Reply);

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.RespondAsync(interaction, Reply));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(40060, error.Code);
        Assert.Equal(2, harness.Fake.Requests.Requests.Count);
    }

    [Fact]
    public async Task RespondAsync_ContentTooLong_Throws50035NamingTheField()
    {
        await using var harness = await RestHarness.StartAsync();
        var tooLong = new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new MessageContent(new string('x', 2001)));

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.RespondAsync(harness.NewInteraction(), tooLong));

        Assert.Equal(50035, error.Code);
        Assert.Contains("data.content: Must be 2000 or fewer in length.", error.DiscordMessage, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests.Requests);
    }

    [Fact]
    public async Task RespondAsync_EmptyOrDuplicateCustomId_Throws50035()
    {
        await using var harness = await RestHarness.StartAsync();
        var row = new ActionRow([new Button("same", "A"), new Button("same", "B"), new Button(string.Empty, "C")]);
        var response = new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new MessageContent("x", [row]));

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.RespondAsync(harness.NewInteraction(), response));

        Assert.Equal(50035, error.Code);
        Assert.Contains("data.components.0.components.1.custom_id", error.DiscordMessage, StringComparison.Ordinal);
        Assert.Contains("data.components.0.components.2.custom_id", error.DiscordMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowupAsync_BeforeCallback_Throws10015AndNeverSendsTheTokenAgain()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = harness.NewInteraction();

        var first = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(interaction, new MessageContent("a")));
        var second = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.EditOriginalAsync(interaction, new MessageContent("b")));

        Assert.Equal((HttpStatusCode.NotFound, 10015), (first.Status, first.Code));
        Assert.Equal((HttpStatusCode.NotFound, 10015), (second.Status, second.Code));
        Assert.Single(harness.Fake.Requests.Requests);
    }

    [Fact]
    public async Task FollowupAsync_AfterFifteenMinutes_Throws50027AndNeverSendsTheTokenAgain()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        var first = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(interaction, new MessageContent("late")));
        var second = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(interaction, new MessageContent("later")));

        Assert.Equal((HttpStatusCode.Unauthorized, 50027), (first.Status, first.Code));
        Assert.Equal(50027, second.Code);
        Assert.Equal(2, harness.Fake.Requests.Requests.Count);
        Assert.Equal(1, harness.Fake.Requests.InvalidResponses);
    }

    [Fact]
    public async Task RespondAsync_SlowAnswerAndCancelled_ThrowsOperationCanceled()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.ResponseDelay = TimeSpan.FromSeconds(30);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Responder.RespondAsync(harness.NewInteraction(), Reply, cancel.Token));
    }
}
