using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.Tests.EndToEnd;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>What the endpoint accepts and refuses, through the real host and Kestrel on loopback.</summary>
[Collection(RealTimeTests.Name)]
public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private HttpBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await HttpBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task SignedPing_IsAnsweredWithPong()
    {
        var answer = await _bot.Poster.PostAsync(FakeEndpointPoster.Ping());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"type":1}""", answer.Body);
    }

    [Fact]
    public async Task PingWithABadSignature_Is401WithAnEmptyBody()
    {
        var body = Bytes(FakeEndpointPoster.Ping());
        var stamp = Now();
        var signature = _bot.Poster.Signer.Sign(stamp, body);
        var flipped = (signature[0] == '0' ? "1" : "0") + signature[1..];

        var answer = await Post(body, flipped, stamp);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Empty(answer.Body);
    }

    [Fact]
    public async Task MissingSignatureHeaders_Are401()
    {
        var body = Bytes(FakeEndpointPoster.Ping());
        var stamp = Now();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(body, null, null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(body, _bot.Poster.Signer.Sign(stamp, body), null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(body, null, stamp)).Status);
    }

    [Fact]
    public async Task TamperedBody_Is401()
    {
        var body = Bytes(FakeEndpointPoster.Ping());
        var stamp = Now();
        var signature = _bot.Poster.Signer.Sign(stamp, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(tampered, signature, stamp)).Status);
    }

    [Fact]
    public async Task SignedWithAnotherKey_Is401()
    {
        using var stranger = new FakeInteractionSigner();
        var body = Bytes(FakeEndpointPoster.Ping());
        var stamp = Now();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(body, stranger.Sign(stamp, body), stamp)).Status);
    }

    [Theory]
    [InlineData(-6 * 60)]
    [InlineData(6 * 60)]
    public async Task TimestampMoreThanFiveMinutesOff_Is401EvenWhenSigned(int offsetSeconds)
    {
        var body = Bytes(FakeEndpointPoster.Ping());
        var stamp = FakeInteractionSigner.Timestamp(DateTimeOffset.UtcNow.AddSeconds(offsetSeconds));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(body, _bot.Poster.Signer.Sign(stamp, body), stamp)).Status);
    }

    [Fact]
    public async Task ReplayedRequest_Is401TheSecondTime()
    {
        var body = Bytes(FakeEndpointPoster.Ping());
        var stamp = Now();
        var signature = _bot.Poster.Signer.Sign(stamp, body);

        Assert.Equal(HttpStatusCode.OK, (await Post(body, signature, stamp)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(body, signature, stamp)).Status);
    }

    [Fact]
    public async Task OversizedBody_Is413_AndTheEndpointKeepsServing()
    {
        var ping = FakeEndpointPoster.Ping();
        ping["padding"] = new string('x', 70 * 1024);
        var body = Bytes(ping);
        var stamp = Now();

        var answer = await _bot.Poster.SendAsync(HttpMethod.Post, body, _bot.Poster.Signer.Sign(stamp, body), stamp, "application/json", expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal(HttpStatusCode.OK, (await _bot.Poster.PostAsync(FakeEndpointPoster.Ping())).Status);
    }

    [Fact]
    public async Task WrongMethod_Is405()
    {
        var answer = await _bot.Poster.SendAsync(HttpMethod.Get, [], null, null, null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task WrongContentType_Is415(string contentType)
    {
        var body = Bytes(FakeEndpointPoster.Ping());
        var stamp = Now();

        var answer = await _bot.Poster.SendAsync(HttpMethod.Post, body, _bot.Poster.Signer.Sign(stamp, body), stamp, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
    }

    [Fact]
    public async Task SignedInteractionOfAnUnknownType_Is400()
    {
        var ping = FakeEndpointPoster.Ping();
        ping["type"] = 42;

        var answer = await _bot.Poster.PostAsync(ping);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Theory]
    [InlineData("""{"id":"1","type":"1"}""")]
    [InlineData("""{"type":2,"id":"1","application_id":"2","token":"t"}""")]
    [InlineData("""[1,2,3]""")]
    public async Task SignedBodyThatIsNotAnInteraction_Is400(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var stamp = Now();

        var answer = await Post(body, _bot.Poster.Signer.Sign(stamp, body), stamp);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(HttpStatusCode.OK, (await _bot.Poster.PostAsync(FakeEndpointPoster.Ping())).Status);
    }

    [Fact]
    public async Task Healthz_IsReadyOnceRestAnswers_AndTheHealthFileSaysReady()
    {
        using var http = new HttpClient();
        await BotHarness.WaitUntilAsync(() => File.Exists(_bot.HealthFile) && File.ReadAllText(_bot.HealthFile).StartsWith("Ready ", StringComparison.Ordinal),
            what: "the health file to say Ready");

        using var health = await http.GetAsync(new Uri(_bot.BaseUri, "healthz"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Single(_bot.Rest.Requests.For("GET", "/applications/@me").Take(1));
        Assert.Empty(_bot.Rest.Requests.For("GET", "/gateway/bot"));
    }

    [Fact]
    public async Task CommandsAreRegisteredAtStartThroughRest()
    {
        await BotHarness.WaitUntilAsync(() => _bot.Rest.Commands.Puts.Count > 0, what: "the command registration");

        Assert.Contains(_bot.Rest.Commands.Get(), c => (string?)c!["name"] == "race");
    }

    private Task<FakeEndpointAnswer> Post(byte[] body, string? signature, string? timestamp) =>
        _bot.Poster.SendAsync(HttpMethod.Post, body, signature, timestamp, "application/json");

    private static byte[] Bytes(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());

    private static string Now() => FakeInteractionSigner.Timestamp(DateTimeOffset.UtcNow);
}
