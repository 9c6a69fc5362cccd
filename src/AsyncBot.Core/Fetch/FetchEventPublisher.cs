using Microsoft.Extensions.Logging;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Stamps events with the run's clock and hands them to the observer one at a time, so observers see a single
/// ordered stream even though URLs finish on different threads.
/// </summary>
internal sealed partial class FetchEventPublisher(IFetchObserver? observer, TimeProvider time, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly long _start = time.GetTimestamp();

    public TimeProvider Time => time;

    public TimeSpan Elapsed => time.GetElapsedTime(_start);

    public void Publish(FetchEventKind kind, FetchMode leg, int index, string url, FetchUrlResult? result = null)
    {
        lock (_gate)
        {
            var fetchEvent = new FetchEvent(kind, leg, index, url, Elapsed, result);
            if (kind == FetchEventKind.Refused)
            {
                // The host only: a stranger's URL path or query may carry secrets of theirs.
                FetchLog.Refused(logger, Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.IdnHost : "(unparsable)", result?.Error);
            }

            try
            {
                observer?.OnEvent(fetchEvent);
            }
#pragma warning disable CA1031 // An observer's bug must not fail the fetches of everyone else's URLs.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogObserverFailed(logger, exception, kind);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch observer threw while handling a {Kind} event")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, FetchEventKind kind);
}
