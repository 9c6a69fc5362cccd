using System.Net;
using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;
using AsyncBot.Runs;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs;

public class RunOutboxDeadTokenTests
{
    [Theory]
    [InlineData(DiscordErrors.UnknownWebhook, 1)]
    [InlineData(DiscordErrors.InvalidWebhookToken, 1)]
    [InlineData(DiscordErrors.InvalidFormBody, 2)]
    public async Task Send_RefusedWithACode_StopsSendingOnlyWhenDiscordSaysTheTokenIsDead(int code, int attempts)
    {
        var time = new FakeTimeProvider();
        var tried = 0;
        var responder = new RecordingResponder
        {
            OnFollowup = _ =>
            {
                Interlocked.Increment(ref tried);
                throw new DiscordRequestException(HttpStatusCode.NotFound, code, "refused", "POST /webhooks/:id/:token");
            },
        };
        var outbox = new RunOutbox(RecordingResponder.NewInteraction(), responder, time, NullLogger.Instance);

        outbox.PostStandalone("first");
        outbox.PostStandalone("second");
        await outbox.CompleteAsync();

        Assert.Equal(attempts, tried);
    }
}
