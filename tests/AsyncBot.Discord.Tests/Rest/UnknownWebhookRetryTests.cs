using System.Net;
using System.Text.Json.Nodes;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>
/// A 404 10015 for a token answered moments ago is Discord catching up, not a dead token: retried with a growing
/// delay for up to 10 s after the answer, then it stands. A token this client never saw answered dies at once.
/// </summary>
public sealed class UnknownWebhookRetryTests
{
    [Fact]
    public async Task FollowupAsync_UnknownForASecondAfterTheCallback_IsRetriedAndPostedOnce()
    {
        await using var harness = await RestHarness.StartAsync(f => f.WebhookUnknownAfterAnswer = TimeSpan.FromSeconds(1));
        var interaction = await harness.AcknowledgedInteractionAsync();

        // Small steps: the pump moves the fake clock while a request is on the wire too, so a loaded machine's slow
        // round trip adds to a gap (and could carry the third try past Discord's 1 s of not knowing the token); at
        // 2 ms a step (a step takes about 4 ms of real time), each gap has about half a second of real time of slack
        // below the next delay.
        await harness.PumpAsync(harness.Responder.FollowupAsync(interaction, new MessageContent("Task C: Finished after 1 sec")), TimeSpan.FromMilliseconds(2));

        var posts = harness.Fake.Requests.For("POST", "/webhooks/:id/:token");
        Assert.Equal([404, 404, 404, 200], posts.Select(p => p.Status));
        Assert.InRange(posts[1].ArrivedAt - posts[0].ArrivedAt, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(499));
        Assert.InRange(posts[2].ArrivedAt - posts[1].ArrivedAt, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(999));
        Assert.Single(harness.Fake.Messages.Records, r => r.Action == FakeDiscord.Rest.FakeMessageAction.Create);
        Assert.Contains("answered 10015 moments after the interaction was answered", harness.Logs.AllText, StringComparison.Ordinal);

        // The token was never retired: the next followup goes straight through.
        await harness.Responder.FollowupAsync(interaction, new MessageContent("Task A: Finished after 2 sec"));
        Assert.Equal(200, harness.Fake.Requests.For("POST", "/webhooks/:id/:token")[^1].Status);
        Assert.Equal(5, harness.Fake.Requests.For("POST", "/webhooks/:id/:token").Count);
    }

    [Fact]
    public async Task FollowupAsync_StillUnknownTenSecondsAfterTheAnswer_GivesUpAndRetiresTheToken()
    {
        await using var harness = await RestHarness.StartAsync(f => f.WebhookUnknownAfterAnswer = TimeSpan.FromMinutes(1));
        var interaction = await harness.AcknowledgedInteractionAsync();
        var answeredAt = harness.Time.GetUtcNow();

        var error = await Assert.ThrowsAsync<DiscordRequestException>(
            () => harness.PumpAsync(harness.Responder.FollowupAsync(interaction, new MessageContent("never")), TimeSpan.FromMilliseconds(10)));

        Assert.Equal((HttpStatusCode.NotFound, 10015), (error.Status, error.Code));
        var posts = harness.Fake.Requests.For("POST", "/webhooks/:id/:token");
        Assert.Equal(6, posts.Count);
        Assert.All(posts, p => Assert.True(p.ArrivedAt - answeredAt <= TimeSpan.FromSeconds(10)));

        var again = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.EditOriginalAsync(interaction, new MessageContent("b")));
        Assert.Equal(10015, again.Code);
        Assert.Equal(6, harness.Fake.Requests.Requests.Count(r => r.Template.StartsWith("/webhooks", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FollowupAsync_AfterAnAnswerGivenOverHttp_IsRetriedOnlyWhenTheClientWasTold()
    {
        await using var harness = await RestHarness.StartAsync(f => f.WebhookUnknownAfterAnswer = TimeSpan.FromSeconds(1));
        var untold = AnsweredOverHttp(harness);
        var told = AnsweredOverHttp(harness);
        ((InteractionResponder)harness.Responder).NoteAnsweredOverHttp(told);

        var lost = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(untold, new MessageContent("lost")));
        await harness.PumpAsync(harness.Responder.FollowupAsync(told, new MessageContent("kept")));

        Assert.Equal(10015, lost.Code);
        var records = harness.Fake.Messages.Records.Where(r => r.Action == FakeDiscord.Rest.FakeMessageAction.Create).ToList();
        Assert.Equal([told.Id], records.Select(r => r.InteractionId));
    }

    private static Interaction AnsweredOverHttp(RestHarness harness)
    {
        var interaction = harness.NewInteraction();
        var answer = new JsonObject
        {
            ["type"] = 4,
            ["data"] = new JsonObject { ["content"] = "plan", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } },
        };
        Assert.Null(harness.Fake.AcceptHttpResponse(interaction.Id, answer));
        return interaction;
    }
}
