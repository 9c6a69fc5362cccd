using AsyncBot.Discord.Interactions;
using AsyncBot.Playground.Chat;

namespace AsyncBot.Tests.Playground.Interactions;

public class PlaygroundResponderTests
{
    private static readonly IReadOnlyList<ActionRow> CancelRow = [new ActionRow([new Button("cancel:1", "Cancel", ButtonStyle.Danger)])];

    [Fact]
    public async Task RespondAsync_Reply_PostsABotMessageEveryoneSeesWithWhoUsedWhichCommand()
    {
        var rig = new ResponderRig();
        var (_, bob) = rig.Channel.Subscribe(ResponderRig.Bob);
        var interaction = rig.Command();

        await rig.ReplyAsync(interaction, new MessageContent("Racing A, B and C", CancelRow));

        var message = rig.Original(interaction);
        Assert.True(message.Author.Bot);
        Assert.Equal("Racing A, B and C", message.Content);
        Assert.Null(message.VisibleTo);
        Assert.Equal(new PlaygroundInvocation(ResponderRig.Ada, "User 1111", "race", ViaButton: false), message.Invocation);
        Assert.Equal("cancel:1", Assert.Single(Assert.Single(message.Components).Buttons).CustomId);
        Assert.Equal(message, Assert.Single(ResponderRig.Drain(bob)).Message);
    }

    [Fact]
    public async Task RespondAsync_Ephemeral_ReachesOnlyTheInvoker()
    {
        var rig = new ResponderRig();
        var (_, ada) = rig.Channel.Subscribe(ResponderRig.Ada);
        var (_, bob) = rig.Channel.Subscribe(ResponderRig.Bob);
        var interaction = rig.Command();

        await rig.ReplyAsync(interaction, new MessageContent("tasks: bad name", Ephemeral: true));

        Assert.Equal(ResponderRig.Ada, Assert.Single(ResponderRig.Drain(ada)).Message!.VisibleTo);
        Assert.Empty(ResponderRig.Drain(bob));
        Assert.Empty(rig.Channel.Subscribe(ResponderRig.Bob).History);
        Assert.Single(rig.Channel.Subscribe(ResponderRig.Ada).History);
    }

    [Fact]
    public async Task RespondAsync_Deferred_ShowsThinkingUntilEditOriginalFillsIt_WithoutAnEditedMark()
    {
        var rig = new ResponderRig();
        var interaction = rig.Command();

        await rig.Responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource));
        Assert.True(rig.Original(interaction).Thinking);

        await rig.Responder.EditOriginalAsync(interaction, new MessageContent("Fetching 5 URLs"));

        var filled = rig.Original(interaction);
        Assert.False(filled.Thinking);
        Assert.Equal("Fetching 5 URLs", filled.Content);
        Assert.Null(filled.EditedTimestamp);

        rig.Time.Advance(TimeSpan.FromSeconds(1));
        await rig.Responder.EditOriginalAsync(interaction, new MessageContent("Done"));
        Assert.Equal(rig.Time.GetUtcNow(), rig.Original(interaction).EditedTimestamp);
    }

    [Fact]
    public async Task FollowupAsync_AfterADeferredReply_FillsThePlaceholderFirstAsDiscordDoes()
    {
        var rig = new ResponderRig();
        var interaction = rig.Command();
        await rig.Responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource));
        var placeholderId = rig.Tokens.Find(interaction.Token)!.OriginalMessageId;

        var first = await rig.Responder.FollowupAsync(interaction, new MessageContent("first"));
        var second = await rig.Responder.FollowupAsync(interaction, new MessageContent("second"));

        Assert.Equal(placeholderId, first);
        Assert.NotEqual(first, second);
        Assert.Equal("second", rig.Channel.Find(second)!.Content);
        Assert.Null(rig.Channel.Find(second)!.Invocation);
    }

    [Fact]
    public async Task EditOriginalAsync_ChangesTheMessageInPlace_KeepingWhatTheEditLeavesOut()
    {
        var rig = new ResponderRig();
        var (_, bob) = rig.Channel.Subscribe(ResponderRig.Bob);
        var interaction = rig.Command();
        await rig.ReplyAsync(interaction, new MessageContent("Racing", CancelRow));
        var id = rig.Original(interaction).Id;

        await rig.Responder.EditOriginalAsync(interaction, new MessageContent(Components: [new ActionRow([new Button("cancel:1", "Cancel", ButtonStyle.Danger, Disabled: true)])]));

        var edited = rig.Channel.Find(id)!;
        Assert.Equal("Racing", edited.Content);
        Assert.True(edited.Components[0].Buttons[0].Disabled);
        var changes = ResponderRig.Drain(bob);
        Assert.Equal([id, id], changes.Select(c => c.Message!.Id));
    }

    [Fact]
    public async Task RespondAsync_UpdateMessage_EditsTheMessageTheButtonIsOn()
    {
        var rig = new ResponderRig();
        var command = rig.Command();
        await rig.ReplyAsync(command, new MessageContent("Racing", CancelRow));
        var id = rig.Original(command).Id;
        var click = rig.Click(id, "cancel:1");

        await rig.Responder.RespondAsync(click, new InteractionResponse(InteractionCallbackType.UpdateMessage, new MessageContent("Cancelled", [])));

        Assert.Equal("Cancelled", rig.Channel.Find(id)!.Content);
        Assert.Empty(rig.Channel.Find(id)!.Components);
    }

    [Fact]
    public async Task RespondAsync_DeferredUpdate_ShowsNothingAndLetsEditOriginalChangeTheButtonsMessage()
    {
        var rig = new ResponderRig();
        var command = rig.Command();
        await rig.ReplyAsync(command, new MessageContent("Racing", CancelRow));
        var id = rig.Original(command).Id;
        var (_, watcher) = rig.Channel.Subscribe(ResponderRig.Bob);
        var click = rig.Click(id, "cancel:1");

        await rig.Responder.RespondAsync(click, new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage));
        Assert.Empty(ResponderRig.Drain(watcher));

        await rig.Responder.EditOriginalAsync(click, new MessageContent("Stopping…"));
        Assert.Equal("Stopping…", rig.Channel.Find(id)!.Content);
    }

    [Fact]
    public async Task RespondAsync_Twice_Is40060()
    {
        var rig = new ResponderRig();
        var interaction = rig.Command();
        await rig.ReplyAsync(interaction, new MessageContent("one"));

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => rig.ReplyAsync(interaction, new MessageContent("two")));

        Assert.Equal(40060, error.Code);
    }

    [Fact]
    public async Task RespondAsync_AfterThreeSeconds_Is10062AndPostsNothing()
    {
        var rig = new ResponderRig();
        var interaction = rig.Command();
        rig.Time.Advance(TimeSpan.FromSeconds(3.1));

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => rig.ReplyAsync(interaction, new MessageContent("late")));

        Assert.Equal(10062, error.Code);
        Assert.Empty(rig.Channel.Subscribe(ResponderRig.Ada).History);
    }

    [Fact]
    public async Task FollowupAsync_BeforeTheCallback_Is10015()
    {
        var rig = new ResponderRig();

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => rig.Responder.FollowupAsync(rig.Command(), new MessageContent("early")));

        Assert.Equal(10015, error.Code);
        Assert.DoesNotContain("token", error.Message.Replace(":token", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FollowupAsync_ContentOver2000_Is50035()
    {
        var rig = new ResponderRig();
        var interaction = rig.Command();
        await rig.ReplyAsync(interaction, new MessageContent("ok"));

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => rig.Responder.FollowupAsync(interaction, new MessageContent(new string('x', 2001))));

        Assert.Equal(50035, error.Code);
    }

    [Fact]
    public async Task GetFollowupDelay_SimulationOff_IsAlwaysZero()
    {
        var rig = new ResponderRig(simulateRateLimit: false);
        var interaction = rig.Command();
        await rig.ReplyAsync(interaction, new MessageContent("ok"));

        for (var i = 0; i < 10; i++)
        {
            await rig.Responder.FollowupAsync(interaction, new MessageContent($"line {i}"));
        }

        Assert.Equal(TimeSpan.Zero, rig.Responder.GetFollowupDelay(interaction));
    }

    [Fact]
    public async Task GetFollowupDelay_SimulationOn_AfterFiveWebhookCallsReportsTheWaitAndTheSixthWaitsForIt()
    {
        var rig = new ResponderRig(simulateRateLimit: true);
        var interaction = rig.Command();
        var other = rig.Command(ResponderRig.Bob);
        await rig.ReplyAsync(interaction, new MessageContent("ok"));
        await rig.ReplyAsync(other, new MessageContent("ok"));
        for (var i = 0; i < 5; i++)
        {
            await rig.Responder.FollowupAsync(interaction, new MessageContent($"line {i}"));
        }

        Assert.Equal(TimeSpan.FromSeconds(2), rig.Responder.GetFollowupDelay(interaction));
        Assert.Equal(TimeSpan.Zero, rig.Responder.GetFollowupDelay(other));

        var sixth = rig.Responder.FollowupAsync(interaction, new MessageContent("line 5"));
        await Task.Delay(20);
        Assert.False(sixth.IsCompleted);
        rig.Time.Advance(TimeSpan.FromSeconds(2));
        await sixth.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
