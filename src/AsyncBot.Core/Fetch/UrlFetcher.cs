using System.Net;
using System.Net.Http;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Fetches one URL within one leg: the early destination check, redirects (each hop checked again), the per-URL
/// timeout and the capped body read, turning every ending into a result and a published event.
/// </summary>
internal sealed class UrlFetcher(HttpClient client, FetchOptions options, DestinationGuard guard, FetchEventPublisher publisher)
{
    /// <summary>Most redirects followed for one URL; browsers allow about 20, a demo needs far fewer.</summary>
    public const int MaxRedirects = 5;

    /// <summary>Ends a URL that failed the checks needing no I/O; nothing is sent and no Started event is published.</summary>
    public FetchUrlResult Refuse(int index, string url, FetchMode leg, string reason)
    {
        var result = FetchUrlResult.NoResponse(index, url, FetchOutcome.Refused, FetchFailureKind.Refused, reason, null, null);
        publisher.Publish(FetchEventKind.Refused, leg, index, url, result);
        return result;
    }

    /// <summary>Ends a URL that never started because the run was cancelled first.</summary>
    public FetchUrlResult CancelUnstarted(int index, string url, FetchMode leg)
    {
        var result = FetchUrlResult.NoResponse(
            index, url, FetchOutcome.Cancelled, FetchFailureKind.Cancelled, "cancelled before it started", null, null);
        publisher.Publish(FetchEventKind.Cancelled, leg, index, url, result);
        return result;
    }

    /// <summary>Fetches a URL that passed <see cref="UrlPolicy"/>; never throws.</summary>
    public async Task<FetchUrlResult> FetchAsync(int index, string url, UrlCheck check, FetchMode leg, long legStart, CancellationToken runToken)
    {
        var time = publisher.Time;
        var startedAt = time.GetElapsedTime(legStart);
        publisher.Publish(FetchEventKind.Started, leg, index, url);
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(runToken, timeoutSource.Token);
        FetchUrlResult result;
        try
        {
            var (status, phrase, bytes, truncated, redirects) = await FetchHopsAsync(check, linked.Token).ConfigureAwait(false);
            result = new FetchUrlResult(index, url, FetchOutcome.Finished, status, phrase,
                bytes, startedAt, time.GetElapsedTime(legStart), truncated, null, FetchFailureKind.None, redirects);
        }
#pragma warning disable CA1031 // Every failure of one URL becomes its result; it must never fail the other URLs.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var (outcome, failure, reason) = runToken.IsCancellationRequested
                ? (FetchOutcome.Cancelled, FetchFailureKind.Cancelled, "cancelled")
                : timeoutSource.IsCancellationRequested
                    ? (FetchOutcome.Failed, FetchFailureKind.Timeout, $"timed out after {options.TimeoutSeconds} s")
                    : Describe(exception);
            result = FetchUrlResult.NoResponse(index, url, outcome, failure, reason, startedAt, time.GetElapsedTime(legStart));
        }

        publisher.Publish(KindOf(result.Outcome), leg, index, url, result);
        return result;
    }

    private async Task<(int Status, string Phrase, long Bytes, bool Truncated, int Redirects)> FetchHopsAsync(
        UrlCheck check, CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            if (!options.AllowPrivateNetworks)
            {
                await guard.ResolveAllowedAsync(check.Host, cancellationToken).ConfigureAwait(false);
            }

            // A fresh request per hop: no cookies, credentials or Authorization header can ride along to the next host.
            // HTTP/1.1 only: HTTP/3 runs over QUIC, which never passes through the guarded ConnectCallback.
            using var request = new HttpRequestMessage(HttpMethod.Get, check.Uri)
            {
                Version = HttpVersion.Version11,
                VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            };
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                var (bytes, truncated) = await BodyReader.ReadAsync(response.Content, options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
                return ((int)response.StatusCode, response.ReasonPhrase ?? string.Empty, bytes, truncated, redirects);
            }

            if (redirects == MaxRedirects)
            {
                throw new FetchRedirectException($"more than {MaxRedirects} redirects");
            }

            check = NextHop(check.Uri!, location);
        }
    }

    private UrlCheck NextHop(Uri current, Uri location)
    {
        var target = location.IsAbsoluteUri ? location : new Uri(current, location);
        var next = UrlPolicy.Check(target, options.AllowPrivateNetworks);
        return next.IsAllowed ? next : throw new DestinationRefusedException($"redirect refused: {next.Refusal}");
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static (FetchOutcome, FetchFailureKind, string) Describe(Exception exception)
    {
        var (failure, reason) = FetchFailureClassifier.Classify(exception);
        return (failure == FetchFailureKind.Refused ? FetchOutcome.Refused : FetchOutcome.Failed, failure, reason);
    }

    private static FetchEventKind KindOf(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Finished => FetchEventKind.Finished,
        FetchOutcome.Refused => FetchEventKind.Refused,
        FetchOutcome.Cancelled => FetchEventKind.Cancelled,
        _ => FetchEventKind.Failed,
    };
}
