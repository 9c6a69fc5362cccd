using System.Net;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// Which server errors are retried, and after how long (base × 2^n: 0.5 s, 1 s, 2 s by default).
/// </summary>
/// <remarks>
/// The POST caveat: a 500 can arrive after Discord already created the message, so retrying a POST on 500 could post
/// it twice. 502, 503 and 504 come from Discord's front proxies when the backend did not answer, so the request most
/// likely had no effect: those are retried for every method. 500 and transport failures (connection reset, timeout)
/// are retried only for idempotent methods (GET, PUT, PATCH, DELETE). A retried interaction callback that then hears
/// 40060 "already acknowledged" is treated as success by the client: the first attempt did land.
/// </remarks>
internal sealed class ServerErrorRetryPolicy(int maxRetries, TimeSpan baseDelay)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>Whether to retry after <paramref name="status"/> when <paramref name="retries"/> retries were made.</summary>
    public bool ShouldRetry(RestRoute route, HttpStatusCode status, int retries) =>
        retries < maxRetries && status switch
        {
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            HttpStatusCode.InternalServerError => route.IsIdempotent,
            _ => false,
        };

    /// <summary>Whether to retry after the request got no response at all.</summary>
    public bool ShouldRetryTransportFailure(RestRoute route, int retries) => retries < maxRetries && route.IsIdempotent;

    /// <summary>The backoff before retry number <paramref name="retries"/> + 1.</summary>
    public TimeSpan DelayFor(int retries)
    {
        var delay = baseDelay * Math.Pow(2, Math.Min(retries, 16));
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
