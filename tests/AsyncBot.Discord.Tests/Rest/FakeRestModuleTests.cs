using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Rest;

/// <summary>The fake's own rules, driven by a bare HttpClient so no client logic can hide a fake bug.</summary>
public sealed class FakeRestModuleTests : IAsyncLifetime
{
    private const string UserAgent = "DiscordBot (https://example.test, 1.0)";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.Zero));
    private FakeDiscordServer _server = null!;
    private HttpClient _http = null!;

    private FakeRestModule Fake => _server.Rest();

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest(r => r.Time = _time));
        _http = new HttpClient { BaseAddress = new Uri(_server.ApiBaseUrl + "/") };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Callback_WithResponse_Returns200WithTheMessage()
    {
        var interaction = Fake.Interactions.Create();

        using var response = await _http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback?with_response=true",
            Json("""{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]}}}"""));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(interaction.OriginalMessageId, (string?)body["interaction"]!["response_message_id"]);
        Assert.Equal("hi", (string?)body["resource"]!["message"]!["content"]);
        Assert.True(response.Headers.Contains("X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Callback_Type7OnSlashCommand_Is50035()
    {
        var interaction = Fake.Interactions.Create();

        using var response = await _http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", Json("""{"type":7,"data":{}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("50035", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(interaction.Acknowledged);
    }

    [Fact]
    public async Task Followup_WithoutAllowedMentions_IsRecordedAsViolation()
    {
        var interaction = await AcknowledgedAsync();

        using var response = await _http.PostAsync($"webhooks/{interaction.ApplicationId}/{interaction.Token}", Json("""{"content":"<@1>"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Fake.Requests.Violations, v => v.Contains("allowed_mentions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Followup_WrongApplicationId_Is10015()
    {
        var interaction = await AcknowledgedAsync();

        using var response = await _http.PostAsync($"webhooks/1/{interaction.Token}", Json("""{"content":"x","allowed_mentions":{"parse":[]}}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("10015", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "files[0]", "payload_json")]
    [InlineData(true, "files[1]", "attachments")]
    public async Task Followup_BadMultipart_Is50035(bool withPayload, string fileName, string errorPath)
    {
        var interaction = await AcknowledgedAsync();
        using var form = new MultipartFormDataContent();
        if (withPayload)
        {
            form.Add(new StringContent("""{"content":"x","attachments":[{"id":0,"filename":"a.png"}],"allowed_mentions":{"parse":[]}}"""), "payload_json");
        }

        form.Add(new ByteArrayContent([1]), fileName, "a.png");

        using var response = await _http.PostAsync($"webhooks/{interaction.ApplicationId}/{interaction.Token}", form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(50035, (int?)body["code"]);
        Assert.NotNull(body["errors"]![errorPath]);
    }

    [Fact]
    public async Task Followup_WrongContentType_Is50035()
    {
        var interaction = await AcknowledgedAsync();

        using var response = await _http.PostAsync($"webhooks/{interaction.ApplicationId}/{interaction.Token}",
            new StringContent("content=x", Encoding.UTF8, "text/plain"));

        Assert.Contains("50035", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bucket_RequestAfterRemainingZero_Is429AndCountedAsExhausted()
    {
        var interaction = await AcknowledgedAsync();
        var url = $"webhooks/{interaction.ApplicationId}/{interaction.Token}";
        var remaining = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await _http.PostAsync(url, Json("""{"content":"x","allowed_mentions":{"parse":[]}}"""));
            remaining.Add(ok.Headers.GetValues("X-RateLimit-Remaining").Single());
        }

        using var limited = await _http.PostAsync(url, Json("""{"content":"x","allowed_mentions":{"parse":[]}}"""));
        var body = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!;

        Assert.Equal(["4", "3", "2", "1", "0"], remaining);
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal("user", limited.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Equal(TimeSpan.FromSeconds(2), limited.Headers.RetryAfter!.Delta);
        Assert.Equal("5", limited.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal("2.000", limited.Headers.GetValues("X-RateLimit-Reset-After").Single());
        Assert.False((bool)body["global"]!);
        Assert.Equal(1, Fake.Requests.RequestsWhileExhausted);
        Assert.Equal(1, Fake.Requests.InvalidResponses);
    }

    [Fact]
    public async Task Bucket_IsPerToken_OtherTokensAndTheEditRoutesHaveTheirOwn()
    {
        var interaction = await AcknowledgedAsync();
        var other = await AcknowledgedAsync();
        var followups = $"webhooks/{interaction.ApplicationId}/{interaction.Token}";
        for (var i = 0; i < 5; i++)
        {
            using var ok = await _http.PostAsync(followups, Json("""{"content":"x","allowed_mentions":{"parse":[]}}"""));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await _http.PostAsync(followups, Json("""{"content":"x","allowed_mentions":{"parse":[]}}"""));
        using var edit = await _http.PatchAsync(followups + "/messages/@original", Json("""{"content":"y","allowed_mentions":{"parse":[]}}"""));
        using var elsewhere = await _http.PostAsync($"webhooks/{other.ApplicationId}/{other.Token}", Json("""{"content":"x","allowed_mentions":{"parse":[]}}"""));

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task GlobalLimit_AppliesToBotRoutesOnly_NotToInteractionRoutes()
    {
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + _server.Options.Token);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 51; i++)
        {
            // Distinct guilds: separate route buckets, so only the global limit can stop the 51st.
            using var response = await _http.GetAsync($"applications/{_server.Options.ApplicationId}/guilds/{900000 + i}/commands");
            statuses.Add(response.StatusCode);
        }

        _http.DefaultRequestHeaders.Remove("Authorization");
        var callbacks = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var interaction = await AcknowledgedAsync();
            using var followup = await _http.PostAsync($"webhooks/{interaction.ApplicationId}/{interaction.Token}",
                Json("""{"content":"x","allowed_mentions":{"parse":[]}}"""));
            callbacks.Add(followup.StatusCode);
        }

        Assert.All(statuses.Take(50), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal((HttpStatusCode)429, statuses[50]);
        Assert.All(callbacks, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task CommandRoute_WithoutBotAuth_Is401AndAViolation()
    {
        using var response = await _http.GetAsync($"applications/{Fake.Interactions.Create().ApplicationId}/commands");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(Fake.Requests.Violations, v => v.Contains("without Authorization", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnyRoute_WithoutDiscordUserAgent_IsAViolation()
    {
        var interaction = Fake.Interactions.Create();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"interactions/{interaction.Id}/{interaction.Token}/callback")
        {
            Content = Json("""{"type":5}"""),
        };
        request.Headers.UserAgent.Clear();
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("curl", "8.0"));

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(Fake.Requests.Violations, v => v.Contains("User-Agent", StringComparison.Ordinal));
    }

    private async Task<FakeInteraction> AcknowledgedAsync()
    {
        var interaction = Fake.Interactions.Create();
        using var response = await _http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", Json("""{"type":5}"""));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return interaction;
    }

    private static StringContent Json(string json) => new(json, new MediaTypeHeaderValue("application/json"));
}
