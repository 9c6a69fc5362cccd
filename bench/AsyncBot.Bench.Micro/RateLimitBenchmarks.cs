using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Bench.Micro;

/// <summary>
/// The REST rate limiter's bookkeeping. <see cref="BareHttpClient"/> posts a followup body to an in-memory handler
/// that answers like Discord (message body, <c>X-RateLimit-*</c> headers); <see cref="FollowupThroughLimiter"/> sends
/// the same followup through <see cref="InteractionResponder"/> and <see cref="DiscordRestClient"/> — body mapping,
/// bucket acquire, header parsing, bucket learning, response parsing — so the difference is our per-request cost.
/// <see cref="FollowupDelay"/> is the check the outbox makes before every message; <see cref="ParseHeaders"/> is the
/// internal header parser alone, reached through <see cref="UnsafeAccessorAttribute"/>.
/// </summary>
[MemoryDiagnoser]
public class RateLimitBenchmarks
{
    private const string ParserType = "AsyncBot.Discord.Rest.RateLimits.RateLimitHeaderParser, AsyncBot.Discord";
    private static readonly Uri BaseUrl = new("http://127.0.0.1:9/api/v10/");

    private readonly DiscordAnswer _answer = new();
    private HttpClient _bare = null!;
    private InteractionResponder _responder = null!;
    private DiscordRestClient _rest = null!;
    private Interaction _interaction = null!;
    private RestRoute _followupRoute = null!;
    private HttpResponseHeaders _headers = null!;
    private byte[] _body = [];

    [GlobalSetup]
    public void Setup()
    {
        _bare = new HttpClient(_answer) { BaseAddress = BaseUrl };
        var clients = new SingleClientFactory(new HttpClient(_answer) { BaseAddress = BaseUrl });
        _rest = new DiscordRestClient(
            clients,
            Options.Create(new DiscordOptions { ApiBaseUrl = BaseUrl }),
            Options.Create(new DiscordRestOptions()),
            TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance);
        _responder = new InteractionResponder(_rest);
        _interaction = new Interaction("1379029274853814279", "1306561934786719786", InteractionType.ApplicationCommand,
            "aW50ZXJhY3Rpb246MTM3OTAyOTI3NDg1MzgxNDI3OTpiZW5jaA", new InteractionUser("1026922282796470289", "bench"));
        _followupRoute = DiscordRoutes.CreateFollowup(_interaction.ApplicationId, _interaction.Token);
        _body = """{"content":"Task A: Finished after 2 sec","flags":4096,"allowed_mentions":{"parse":[]}}"""u8.ToArray();
        using var response = _answer.Answer();
        _headers = response.Headers;
        FollowupThroughLimiter().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bare.Dispose();
        _answer.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> BareHttpClient()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _bare.PostAsync(_followupRoute.Template.TrimStart('/'), content);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark]
    public Task<string> FollowupThroughLimiter() =>
        _responder.FollowupAsync(_interaction, new MessageContent("Task A: Finished after 2 sec", SuppressNotifications: true));

    [Benchmark]
    public TimeSpan FollowupDelay() => _responder.GetFollowupDelay(_interaction);

    [Benchmark]
    public object? ParseHeaders() => HeaderParser.Parse(null, _headers, DateTimeOffset.UnixEpoch);

    private static class HeaderParser
    {
        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Parse")]
        [return: UnsafeAccessorType("AsyncBot.Discord.Rest.RateLimits.RateLimitInfo, AsyncBot.Discord")]
        public static extern object? Parse([UnsafeAccessorType(ParserType)] object? type, HttpResponseHeaders headers, DateTimeOffset now);
    }

    /// <summary>
    /// Answers every request like a followup Discord accepted. The bucket never runs dry (a huge Remaining) but its
    /// window passes every 50 ms, so the limiter's probe-and-learn path runs too, as in steady use.
    /// </summary>
    private sealed class DiscordAnswer : HttpMessageHandler
    {
        private static readonly byte[] Message = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "message.json"));

        public HttpResponseMessage Answer()
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Message) };
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var headers = response.Headers;
            headers.TryAddWithoutValidation("X-RateLimit-Bucket", "a06de0de4a7c0f95c6f1e8b2d1b3e7f4");
            headers.TryAddWithoutValidation("X-RateLimit-Limit", "1000000");
            headers.TryAddWithoutValidation("X-RateLimit-Remaining", "999999");
            headers.TryAddWithoutValidation("X-RateLimit-Reset", (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture));
            headers.TryAddWithoutValidation("X-RateLimit-Reset-After", "0.050");
            return response;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Answer());
    }

    private sealed class SingleClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
