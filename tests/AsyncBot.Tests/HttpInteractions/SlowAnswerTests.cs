using System.Net;
using AsyncBot.Commands;
using AsyncBot.Discord.Interactions;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>A handler slower than <c>Http:DeferAfterMilliseconds</c>: the endpoint defers, the late answer becomes an edit.</summary>
[Collection(RealTimeTests.Name)]
public class SlowAnswerTests
{
    [Fact]
    public async Task LateFirstAnswer_EndpointAnswersDeferred_AndTheAnswerArrivesAsTheOriginalsEdit()
    {
        await using var bot = await HttpBotHarness.StartAsync(
            new() { ["Http:DeferAfterMilliseconds"] = "200" },
            services: s => s.AddSingleton<IInteractionHandler, SlowHandler>());

        var answer = await bot.SendCommandAsync("slow");
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(answer.InteractionId!).Any(r => r.Action == FakeMessageAction.Edit), what: "the late answer's edit");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(5, answer.CallbackType);
        Assert.True(answer.Elapsed < TimeSpan.FromSeconds(1.5), $"answered after {answer.Elapsed.TotalMilliseconds} ms");
        var edit = Assert.Single(bot.MessagesFor(answer.InteractionId!), r => r.Action == FakeMessageAction.Edit);
        Assert.Equal("done at last", edit.Content);
    }

    [Fact]
    public async Task FirstAnswerWithAFile_IsDeferredInTheHttpResponse_AndTheFileArrivesWithTheEdit()
    {
        await using var bot = await HttpBotHarness.StartAsync(services: s => s.AddSingleton<IInteractionHandler, FileHandler>());

        var answer = await bot.SendCommandAsync("file");
        await BotHarness.WaitUntilAsync(() => bot.MessagesFor(answer.InteractionId!).Any(r => r.Action == FakeMessageAction.Edit), what: "the edit with the file");

        Assert.Equal(5, answer.CallbackType);
        Assert.Null(answer.Rejection);
        var edit = Assert.Single(bot.MessagesFor(answer.InteractionId!), r => r.Action == FakeMessageAction.Edit);
        Assert.Equal("with a picture", edit.Content);
        Assert.Equal("timeline.png", Assert.Single(edit.Files).FileName);
    }

    private sealed class FileHandler(IInteractionResponder responder) : IInteractionHandler
    {
        public bool CanHandle(Interaction interaction) => interaction.Command?.Name == "file";

        public Task HandleAsync(Interaction interaction, CancellationToken shutdown) =>
            responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource,
                new MessageContent("with a picture", Attachments: [new FileAttachment("timeline.png", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })])), shutdown);
    }

    private sealed class SlowHandler(IInteractionResponder responder) : IInteractionHandler
    {
        public bool CanHandle(Interaction interaction) => interaction.Command?.Name == "slow";

        public async Task HandleAsync(Interaction interaction, CancellationToken shutdown)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(800), shutdown);
            await responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new MessageContent("done at last")), shutdown);
        }
    }
}
