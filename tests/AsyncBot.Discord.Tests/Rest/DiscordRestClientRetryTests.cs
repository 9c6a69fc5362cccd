using System.Net;
using AsyncBot.Discord.Interactions;
using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>Bounded retries of server errors, and the POST caveat.</summary>
public sealed class DiscordRestClientRetryTests
{
    [Fact]
    public async Task FollowupAsync_502ThenOk_RetriesAfterBackoffAndPostsOnce()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        harness.Fake.Faults.FailNext(502, routes: FakeRouteKind.Interaction);

        await harness.PumpAsync(harness.Responder.FollowupAsync(interaction, new MessageContent("survives")));

        var posts = harness.Fake.Requests.For("POST", "/webhooks/:id/:token");
        Assert.Equal([502, 200], posts.Select(p => p.Status));
        Assert.True(posts[1].ArrivedAt - posts[0].ArrivedAt >= TimeSpan.FromMilliseconds(500));
        Assert.Single(harness.Fake.Messages.Records, r => r.Action == FakeMessageAction.Create);
    }

    [Fact]
    public async Task EditOriginalAsync_500Repeatedly_RetriesThreeTimesThenThrows()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        harness.Fake.Faults.FailNext(500, times: 10);

        var error = await Assert.ThrowsAsync<DiscordRequestException>(
            () => harness.PumpAsync(harness.Responder.EditOriginalAsync(interaction, new MessageContent("never"))));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        var patches = harness.Fake.Requests.For("PATCH", "/webhooks/:id/:token/messages/@original");
        Assert.Equal(4, patches.Count);

        // Backoff doubles: 0.5 s, 1 s, 2 s.
        Assert.True(patches[3].ArrivedAt - patches[0].ArrivedAt >= TimeSpan.FromSeconds(3.5));
    }

    [Fact]
    public async Task FollowupAsync_500_IsNotRetriedBecauseThePostMayHaveLanded()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        harness.Fake.Faults.FailNext(500, times: 10);

        var error = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(interaction, new MessageContent("once")));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Single(harness.Fake.Requests.For("POST", "/webhooks/:id/:token"));
    }

    [Fact]
    public async Task RespondAsync_502_RetriesTheCallback()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = harness.NewInteraction();
        harness.Fake.Faults.FailNext(502);

        // The fake refuses a callback 3 s (fake time) after the interaction, and the pump moves the clock while a request
        // is on the wire too: at 5 ms a step the retry has about 500 steps of slack, not 25 as at 100 ms, so a cold
        // first round trip on a loaded machine cannot push it past the deadline.
        await harness.PumpAsync(harness.Responder.RespondAsync(interaction,
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource)), TimeSpan.FromMilliseconds(5));

        Assert.True(harness.Fake.Interactions.Find(interaction.Id)!.Acknowledged);
        Assert.Equal([502, 204], harness.Fake.Requests.Requests.Select(r => r.Status));
    }
}
