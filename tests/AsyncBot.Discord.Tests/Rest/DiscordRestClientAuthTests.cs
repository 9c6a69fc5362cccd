using System.Net;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Commands;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>Who gets the token, the User-Agent, and the rule that no secret reaches a log or an exception.</summary>
public sealed class DiscordRestClientAuthTests
{
    private static readonly ApplicationCommandDefinition Help = new("help", "What the commands do");

    [Fact]
    public async Task Requests_AuthorizationOnlyOnBotRoutes_UserAgentOnAll()
    {
        await using var harness = await RestHarness.StartAsync();
        var interaction = await harness.AcknowledgedInteractionAsync();
        var id = await harness.Responder.FollowupAsync(interaction, new MessageContent("line"));
        await harness.Responder.EditOriginalAsync(interaction, new MessageContent("edit"));
        await harness.Commands.BulkOverwriteGlobalCommandsAsync(RestHarness.ApplicationId, [Help]);
        await harness.Commands.GetGuildCommandsAsync(RestHarness.ApplicationId, "1306560559054860288");

        var requests = harness.Fake.Requests.Requests;
        Assert.Equal(5, requests.Count);
        Assert.All(requests.Where(r => !r.Template.StartsWith("/applications", StringComparison.Ordinal)), r => Assert.False(r.HasAuthorization, r.Route));
        Assert.All(requests.Where(r => r.Template.StartsWith("/applications", StringComparison.Ordinal)), r => Assert.True(r.HasAuthorization, r.Route));
        Assert.All(requests, r => Assert.Equal("DiscordBot (https://github.com/asyncbot/asyncbot, 1.0.0)", r.UserAgent));
        Assert.Empty(harness.Fake.Requests.Violations);
    }

    [Fact]
    public async Task BotRoute_401_StopsUsingTheToken()
    {
        await using var harness = await RestHarness.StartAsync(token: "MTIzNDU2Nzg5MDEyMzQ1Njc4.Wrong0.another-token-the-fake-rejects-000");

        var first = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId));
        var second = await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId));

        Assert.Equal(HttpStatusCode.Unauthorized, first.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, second.Status);
        Assert.Single(harness.Fake.Requests.Requests);
        Assert.Equal(1, harness.Fake.Requests.InvalidResponses);
    }

    [Theory]
    [InlineData(null, "Discord:Token is empty")]
    [InlineData("not a token", "Discord:Token is not shaped like a Discord bot token")]
    public async Task BotRoute_MissingOrMalformedToken_ReportedByKeyNameWhileInteractionRoutesWork(string? token, string expected)
    {
        await using var harness = await RestHarness.StartAsync(token: token);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId));
        await harness.AcknowledgedInteractionAsync();

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests.Requests);
    }

    [Fact]
    public async Task Secrets_NeverAppearInLogsOrExceptionMessages()
    {
        const string WrongToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Wrong0.another-token-the-fake-rejects-000";
        var secrets = new List<string> { RestHarness.BotToken, WrongToken };
        var errors = new List<Exception>();
        await using (var harness = await RestHarness.StartAsync())
        {
            var late = harness.NewInteraction();
            var good = await harness.AcknowledgedInteractionAsync();
            var neverAnswered = harness.NewInteraction();
            secrets.AddRange([late.Token, good.Token, neverAnswered.Token]);
            harness.Fake.Faults.FailNext(502);
            harness.Fake.Faults.RateLimitNext(TimeSpan.FromSeconds(1));
            await harness.PumpAsync(harness.Responder.FollowupAsync(good, new MessageContent("ok")));
            await harness.Commands.BulkOverwriteGlobalCommandsAsync(RestHarness.ApplicationId, [Help]);
            harness.Time.Advance(TimeSpan.FromSeconds(4));
            errors.Add(await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.RespondAsync(late,
                new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource))));
            errors.Add(await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(neverAnswered, new MessageContent("x"))));
            errors.Add(await Assert.ThrowsAsync<DiscordRequestException>(() => harness.Responder.FollowupAsync(neverAnswered, new MessageContent("y"))));
            AssertNoSecret(harness.Logs.AllText, errors, secrets);
            Assert.Contains("POST /webhooks/:id/:token", harness.Logs.AllText, StringComparison.Ordinal);
        }

        await using var rejected = await RestHarness.StartAsync(token: WrongToken);
        errors.Add(await Assert.ThrowsAsync<DiscordRequestException>(() => rejected.Commands.GetGlobalCommandsAsync(RestHarness.ApplicationId)));
        AssertNoSecret(rejected.Logs.AllText, errors, secrets);
        Assert.Contains("Check Discord:Token", rejected.Logs.AllText, StringComparison.Ordinal);
    }

    private static void AssertNoSecret(string logs, List<Exception> errors, List<string> secrets)
    {
        Assert.NotEmpty(logs);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
            Assert.All(errors, e => Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal));
        }
    }
}
