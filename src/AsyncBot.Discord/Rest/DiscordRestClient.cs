using System.Net;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.RateLimits;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// Low-level Discord API v10 client: sends a <see cref="RestRequest"/> through the rate limiter, adds
/// <c>Authorization: Bot …</c> on bot routes only, honours 429s, retries server errors a bounded number of times and
/// turns every other failure into a <see cref="DiscordRequestException"/> carrying Discord's code.
/// </summary>
/// <remarks>
/// Thread-safe; register one per process. The token and full URLs never reach logs or exception messages: both
/// name the route template only.
/// </remarks>
public sealed class DiscordRestClient
{
    /// <summary>The name of the <see cref="HttpClient"/> this client asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "AsyncBot.Discord.Rest";

    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly DiscordRestOptions _options;
    private readonly RestRateLimiter _limiter;
    private readonly InvalidRequestGuard _guard;
    private readonly ServerErrorRetryPolicy _retryPolicy;
    private readonly AnsweredTokens _answered;

    /// <summary>Creates the client; normally resolved from DI (see <c>AddDiscordRest</c>).</summary>
    public DiscordRestClient(
        IHttpClientFactory httpClients,
        IOptions<DiscordOptions> discordOptions,
        IOptions<DiscordRestOptions> restOptions,
        TimeProvider time,
        ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(discordOptions);
        ArgumentNullException.ThrowIfNull(restOptions);
        _httpClients = httpClients;
        _time = time;
        _logger = logger;
        _options = restOptions.Value;

        _limiter = new RestRateLimiter(time, _options.GlobalRequestsPerSecond);

        // Interaction routes need no token, so a missing one only fails bot routes, when they are used.
        var tokenError = DiscordToken.TryCreate(discordOptions.Value.Token, out var token, out var error)
            ? null
            : $"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)} {error}";
        _guard = new InvalidRequestGuard(token, tokenError, _limiter, time, logger);
        _retryPolicy = new ServerErrorRetryPolicy(_options.MaxServerErrorRetries, _options.ServerErrorBaseDelay);
        _answered = new AnsweredTokens(time);
    }

    /// <summary>The rate limiter (for white-box tests of bucket sharing).</summary>
    internal RestRateLimiter RateLimiter => _limiter;

    /// <summary>
    /// Sends <paramref name="request"/> and returns the 2xx answer, waiting for rate limits and retrying as described
    /// on the class.
    /// </summary>
    /// <exception cref="DiscordRequestException">Discord refused the request, or retries ran out.</exception>
    /// <exception cref="InvalidOperationException">A bot route was used without a valid <c>Discord:Token</c>.</exception>
    public async Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = new AttemptState();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _guard.ThrowIfNotSendable(request.Route);
            var outcome = await AttemptAsync(request, state, cancellationToken).ConfigureAwait(false);
            if (outcome.Response is not null)
            {
                return outcome.Response;
            }

            if (outcome.RetryDelay > TimeSpan.Zero)
            {
                await Task.Delay(outcome.RetryDelay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// How long a request for <paramref name="route"/> would wait for rate limits if sent now; zero when it would go
    /// at once. Lets callers coalesce instead of queueing.
    /// </summary>
    public TimeSpan GetRateLimitDelay(RestRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return _limiter.GetDelay(route);
    }

    /// <summary>Records that an interaction was answered without this client (as an HTTP response), just now.</summary>
    internal void NoteInteractionAnswered(string interactionToken) => _answered.Add(interactionToken);

    private async Task<AttemptOutcome> AttemptAsync(RestRequest request, AttemptState state, CancellationToken cancellationToken)
    {
        var route = request.Route;
        HttpResponseMessage response;
        var started = _time.GetTimestamp();
        using (var lease = await _limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                response = await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransportFailure(ex, cancellationToken))
            {
                return OnTransportFailure(route, state, ex);
            }

            _limiter.OnResponse(route, lease, RateLimitHeaderParser.Parse(response.Headers, _time.GetUtcNow()));
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var status = response.StatusCode;
            var elapsedMs = _time.GetElapsedTime(started).TotalMilliseconds;
            RestLog.Answered(_logger, route, (int)status, elapsedMs);
            if ((int)status < 300 || status == HttpStatusCode.NotModified)
            {
                NoteIfCallback(route);
                return AttemptOutcome.Done(new RestResponse(status, body));
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                return OnRateLimited(route, response, body, state);
            }

            if (_retryPolicy.ShouldRetry(route, status, state.ServerErrorRetries))
            {
                var delay = _retryPolicy.DelayFor(state.ServerErrorRetries);
                state.ServerErrorRetries++;
                RestLog.ServerErrorRetry(_logger, route, status, state.ServerErrorRetries, _options.MaxServerErrorRetries, delay.TotalMilliseconds);
                return AttemptOutcome.Retry(delay);
            }

            var error = DiscordErrorReader.Read(status, body, route);
            if (route.Kind == RestRouteKind.InteractionCallback && state.ServerErrorRetries > 0 && error.Code == DiscordErrors.InteractionAlreadyAcknowledged)
            {
                RestLog.CallbackAlreadyLanded(_logger, route);
                NoteIfCallback(route);
                return AttemptOutcome.Done(new RestResponse(HttpStatusCode.NoContent, ReadOnlyMemory<byte>.Empty));
            }

            if (error.Status == HttpStatusCode.NotFound && error.Code == DiscordErrors.UnknownWebhook
                && route.SecretToken is { } secret && _answered.RetryDelay(secret, state.UnknownWebhookRetries) is { } wait)
            {
                state.UnknownWebhookRetries++;
                RestLog.UnknownWebhookRetry(_logger, route, state.UnknownWebhookRetries, wait.TotalMilliseconds);
                return AttemptOutcome.Retry(wait);
            }

            _guard.OnRefused(route, error);
            throw error;
        }
    }

    private void NoteIfCallback(RestRoute route)
    {
        if (route.Kind == RestRouteKind.InteractionCallback && route.SecretToken is { } secret)
        {
            _answered.Add(secret);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RestRequest request, CancellationToken cancellationToken)
    {
        var route = request.Route;
        using var message = new HttpRequestMessage(route.Method, new Uri(route.RelativeUrl, UriKind.Relative));
        message.Content = request.CreateContent();
        if (route.Kind == RestRouteKind.Bot)
        {
            // Only bot routes carry the token; on interaction and webhook routes the token in the path is the secret.
            message.Headers.TryAddWithoutValidation("Authorization", _guard.AuthorizationHeaderValue);
        }

        var client = _httpClients.CreateClient(HttpClientName);
        return await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private AttemptOutcome OnRateLimited(RestRoute route, HttpResponseMessage response, byte[] body, AttemptState state)
    {
        var parsed = RateLimitBodyReader.TryRead(body);
        if (parsed is null)
        {
            // No Discord JSON: Cloudflare has banned this IP for a while. Stop everything instead of hammering.
            var pause = RateLimitHeaderParser.RetryAfter(response.Headers) is { } header && header > _options.CloudflarePause
                ? header
                : _options.CloudflarePause;
            _limiter.Ban(pause);
            RestLog.CloudflareBan(_logger, route, pause.TotalSeconds);
            throw new DiscordRequestException(HttpStatusCode.TooManyRequests, null,
                "Rate limited by Cloudflare (429 without a Discord body); all requests are paused", route.ToString());
        }

        var retryAfter = parsed.RetryAfter is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : RateLimitHeaderParser.RetryAfter(response.Headers) ?? TimeSpan.FromSeconds(1);
        var global = parsed.Global || RateLimitHeaderParser.Parse(response.Headers, _time.GetUtcNow())?.Global == true;
        _limiter.OnRateLimited(route, retryAfter, global);
        if (state.RateLimitRetries >= _options.MaxRateLimitRetries)
        {
            throw new DiscordRequestException(HttpStatusCode.TooManyRequests, parsed.Code, parsed.Message ?? "You are being rate limited.", route.ToString());
        }

        state.RateLimitRetries++;
        if (global && route.Kind == RestRouteKind.Bot)
        {
            RestLog.GlobalRateLimited(_logger, route, retryAfter.TotalMilliseconds);
        }
        else
        {
            var scope = response.Headers.TryGetValues("X-RateLimit-Scope", out var values) ? values.First() : "user";
            RestLog.RateLimited(_logger, route, scope, retryAfter.TotalMilliseconds);
        }

        // Bucket and global limiters now hold the wait; the callback lane has neither, so it waits here.
        return AttemptOutcome.Retry(route.Kind == RestRouteKind.InteractionCallback ? retryAfter : TimeSpan.Zero);
    }

    private AttemptOutcome OnTransportFailure(RestRoute route, AttemptState state, Exception ex)
    {
        if (!_retryPolicy.ShouldRetryTransportFailure(route, state.ServerErrorRetries))
        {
            var status = ex is TaskCanceledException ? HttpStatusCode.RequestTimeout : HttpStatusCode.ServiceUnavailable;
            throw new DiscordRequestException(status, null, "No response from Discord (" + ex.GetType().Name + ")", route.ToString(), ex);
        }

        var delay = _retryPolicy.DelayFor(state.ServerErrorRetries);
        state.ServerErrorRetries++;
        RestLog.TransportRetry(_logger, route, ex.GetType(), state.ServerErrorRetries, _options.MaxServerErrorRetries, delay.TotalMilliseconds);
        return AttemptOutcome.Retry(delay);
    }

    private static bool IsTransportFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private sealed class AttemptState
    {
        public int ServerErrorRetries { get; set; }

        public int RateLimitRetries { get; set; }

        public int UnknownWebhookRetries { get; set; }
    }

    private readonly record struct AttemptOutcome(RestResponse? Response, TimeSpan RetryDelay)
    {
        public static AttemptOutcome Done(RestResponse response) => new(response, TimeSpan.Zero);

        public static AttemptOutcome Retry(TimeSpan delay) => new(null, delay);
    }
}
