using System.Net;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using AsyncBot.Discord.Rest.Json;
using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>The client against the fake's buckets, 429s and Cloudflare mode, with the clock under test control.</summary>
public sealed class DiscordRestClientRateLimitTests
{
    private const string FollowupTemplate = "/webhooks/:id/:token";

    [Fact]
    public async Task FollowupAsync_BucketExhausted_WaitsForResetWithoutTouchingDiscord()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        for (var i = 0; i < 5; i++)
        {
            await harness.Responder.FollowupAsync(interaction, new MessageContent($"line {i}"));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), harness.Responder.GetFollowupDelay(interaction));
        var sixth = harness.Responder.FollowupAsync(interaction, new MessageContent("line 5"));

        await harness.AssertHeldBackAsync(sixth);
        Assert.Equal(5, harness.Fake.Requests.For("POST", FollowupTemplate).Count);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await sixth.WaitAsync(TimeSpan.FromSeconds(10));

        var posts = harness.Fake.Requests.For("POST", FollowupTemplate);
        Assert.Equal(6, posts.Count);
        Assert.True(posts[5].ArrivedAt >= posts[0].ArrivedAt + TimeSpan.FromSeconds(1));
        Assert.Equal(0, harness.Fake.Requests.RequestsWhileExhausted);
        Assert.Equal(0, harness.Fake.Requests.InvalidResponses);
        Assert.Equal(TimeSpan.Zero, harness.Responder.GetFollowupDelay(interaction));
    }

    [Fact]
    public async Task GetFollowupDelay_OtherInteraction_IsNotSlowedByAChattyOne()
    {
        await using var harness = await RestHarness.StartAsync();
        var chatty = await harness.AcknowledgedInteractionAsync();
        var quiet = await harness.AcknowledgedInteractionAsync();
        for (var i = 0; i < 5; i++)
        {
            await harness.Responder.FollowupAsync(chatty, new MessageContent($"line {i}"));
        }

        Assert.True(harness.Responder.GetFollowupDelay(chatty) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, harness.Responder.GetFollowupDelay(quiet));
        await harness.Responder.FollowupAsync(quiet, new MessageContent("goes at once")).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task EditAsync_TemplatesSharingABucketHash_ShareOneLimit()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        var followupId = await harness.Responder.FollowupAsync(interaction, new MessageContent("followup"));

        // @original and /messages/:id both answer with the same X-RateLimit-Bucket: 5 per window between them. The
        // bot only edits @original, so the second template is sent straight through the client.
        await harness.Responder.EditOriginalAsync(interaction, new MessageContent("o1"));
        await harness.Client.SendAsync(EditFollowup(interaction, followupId, "f1"));
        for (var i = 2; i <= 4; i++)
        {
            await harness.Responder.EditOriginalAsync(interaction, new MessageContent($"o{i}"));
        }

        var blocked = harness.Client.SendAsync(EditFollowup(interaction, followupId, "f2"));

        await harness.AssertHeldBackAsync(blocked);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await blocked.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, harness.Fake.Requests.RequestsWhileExhausted);
        Assert.Equal(0, harness.Fake.Requests.InvalidResponses);
    }

    [Fact]
    public async Task FollowupAsync_429WithRetryAfter_RetriesExactlyOnceAfterTheWait()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        harness.Fake.Faults.RateLimitNext(TimeSpan.FromSeconds(1.5), routes: FakeRouteKind.Interaction);

        await harness.PumpAsync(harness.Responder.FollowupAsync(interaction, new MessageContent("after the wait")));

        var posts = harness.Fake.Requests.For("POST", FollowupTemplate);
        Assert.Equal([429, 200], posts.Select(p => p.Status));
        Assert.True(posts[1].ArrivedAt - posts[0].ArrivedAt >= TimeSpan.FromSeconds(1.5), $"{posts[1].ArrivedAt - posts[0].ArrivedAt}");
        Assert.Single(harness.Fake.Messages.Records, r => r.Action == FakeMessageAction.Create);
        Assert.Equal(0, harness.Fake.Requests.RequestsWhileExhausted);
    }

    [Fact]
    public async Task GlobalRateLimit_PausesAllBotRoutesButNotInteractionRoutes()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        harness.Fake.Faults.RateLimitNext(TimeSpan.FromSeconds(2), global: true);

        var first = harness.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId);
        var otherBotRoute = DiscordRoutes.GuildCommands(HttpMethod.Get, RestHarness.ApplicationId, "1306560559054860288");
        await RestHarness.WaitUntilAsync(() => harness.Client.GetRateLimitDelay(otherBotRoute) > TimeSpan.Zero);
        var second = harness.Commands.GetGuildCommandsAsync(RestHarness.ApplicationId, "1306560559054860288");

        // Interaction routes are exempt from the global limit: this goes through while the bot routes wait.
        await harness.Responder.FollowupAsync(interaction, new MessageContent("exempt")).WaitAsync(TimeSpan.FromSeconds(10));
        await harness.AssertHeldBackAsync(second);
        await harness.PumpAsync(Task.WhenAll(first, second));

        var blockedAt = harness.Fake.Requests.Requests.First(r => r.Status == 429).ArrivedAt;
        var botRequests = harness.Fake.Requests.Requests.Where(r => r.Template.StartsWith("/applications", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, botRequests.Count);
        Assert.All(botRequests.Skip(1), r => Assert.True(r.ArrivedAt >= blockedAt + TimeSpan.FromSeconds(2)));
        Assert.Equal(0, harness.Fake.Requests.RequestsWhileExhausted);
    }

    [Fact]
    public async Task Cloudflare429_PausesAllRequestsWithoutHammeringOrCrashing()
    {
        await using var harness = await RestHarness.StartAsync(client: o => o.CloudflarePause = TimeSpan.FromMinutes(2));
        var interaction = await harness.AcknowledgedInteractionAsync();
        harness.Fake.Faults.CloudflareMode = true;

        var banned = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(interaction, new MessageContent("a")));
        var paused = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(interaction, new MessageContent("b")));
        var pausedBot = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId));

        Assert.Equal((HttpStatusCode.TooManyRequests, (int?)null), (banned.Status, banned.Code));
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, pausedBot.Status);
        Assert.Single(harness.Fake.Requests.For("POST", FollowupTemplate));
        Assert.Equal(TimeSpan.FromMinutes(2), harness.Responder.GetFollowupDelay(interaction));

        harness.Fake.Faults.CloudflareMode = false;
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.Responder.FollowupAsync(interaction, new MessageContent("back"));
        Assert.Equal(2, harness.Fake.Requests.For("POST", FollowupTemplate).Count);
    }

    [Fact]
    public async Task RespondAsync_CallbackLane_IsNotQueuedBehindAnExhaustedBucket()
    {
        await using var harness = await RestHarness.StartAsync();
        var busy = await harness.AcknowledgedInteractionAsync();
        for (var i = 0; i < 5; i++)
        {
            await harness.Responder.FollowupAsync(busy, new MessageContent($"line {i}"));
        }

        var waiting = harness.Responder.FollowupAsync(busy, new MessageContent("queued"));
        var fresh = harness.NewInteraction();
        await harness.Responder.RespondAsync(fresh, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource))
            .WaitAsync(TimeSpan.FromSeconds(10));

        await harness.AssertHeldBackAsync(waiting);
        Assert.True(harness.Fake.Interactions.Find(fresh.Id)!.Acknowledged);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary><c>PATCH /webhooks/:id/:token/messages/:message_id</c>, a template the bot itself never sends.</summary>
    private static RestRequest EditFollowup(Interaction interaction, string messageId, string content)
    {
        var major = interaction.ApplicationId + "/" + Uri.EscapeDataString(interaction.Token);
        var route = new RestRoute(HttpMethod.Patch, "/webhooks/:id/:token/messages/:message_id",
            $"webhooks/{major}/messages/{messageId}", major, RestRouteKind.Webhook, interaction.Token);
        return RestRequest.Json(route, MessageBodyMapper.ToEdit(new MessageContent(content)), DiscordRestJsonContext.Default.MessageBody);
    }
}
