using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Fetches a plan's URLs concurrently, sequentially, or both to compare — the tutorial's second lesson — publishing each
/// start and end as it happens and returning the timings. Every URL and redirect hop passes <see cref="UrlPolicy"/>
/// and <see cref="AddressPolicy"/>; one URL's failure never fails the others.
/// </summary>
public sealed class FetchEngine
{
    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddFetchEngine</c>.</summary>
    public const string HttpClientName = "AsyncBot.Fetch";

    private readonly IHttpClientFactory _clients;
    private readonly FetchOptions _options;
    private readonly IHostResolver _resolver;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the engine; normally resolved from DI after <c>AddFetchEngine</c>.</summary>
    public FetchEngine(
        IHttpClientFactory clients, IOptions<FetchOptions> options, IHostResolver resolver, TimeProvider time, ILogger<FetchEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients;
        _options = options.Value;
        _resolver = resolver;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The limits in force, e.g. for <c>/help</c>.</summary>
    public FetchOptions Options => _options;

    /// <summary>
    /// Runs <paramref name="plan"/>. Cancelling <paramref name="cancellationToken"/> does not throw: URLs not yet
    /// finished end as <see cref="FetchOutcome.Cancelled"/> and the result has <see cref="FetchResult.Cancelled"/> set
    /// (a compare run cancelled in its sequential leg skips the concurrent leg).
    /// </summary>
    /// <param name="plan">What to fetch; a plan with more than <see cref="FetchOptions.MaxUrls"/> URLs is rejected.</param>
    /// <param name="observer">Receives every event as it happens; may be null.</param>
    /// <param name="cancellationToken">Cancels the run (the Cancel button, shutdown).</param>
    /// <exception cref="ArgumentException">The plan has more URLs than <see cref="FetchOptions.MaxUrls"/> allows.</exception>
    public async Task<FetchResult> RunAsync(FetchPlan plan, IFetchObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Urls.Count > _options.MaxUrls)
        {
            throw new ArgumentException($"too many URLs: {plan.Urls.Count} given, at most {_options.MaxUrls} per run", nameof(plan));
        }

        var publisher = new FetchEventPublisher(observer, _time, _logger);
        var guard = new DestinationGuard(_resolver, _options.AllowPrivateNetworks);
        var fetcher = new UrlFetcher(_clients.CreateClient(HttpClientName), _options, guard, publisher);
        var runner = new FetchLegRunner(fetcher, _options, _time);
        FetchMode[] legs = plan.Mode == FetchMode.Compare ? [FetchMode.Sequential, FetchMode.Concurrent] : [plan.Mode];
        var runs = new List<FetchRunResult>(legs.Length);
        foreach (var leg in legs)
        {
            var run = await runner.RunAsync(plan.Urls, leg, cancellationToken).ConfigureAwait(false);
            runs.Add(run);
            if (run.Cancelled)
            {
                break;
            }
        }

        var cancelled = runs[^1].Cancelled;
        FetchLog.RunFinished(_logger, plan.Mode, plan.Urls.Count, publisher.Elapsed.TotalMilliseconds, cancelled);
        return new FetchResult(plan.Mode, plan.Urls.Count, runs, publisher.Elapsed, cancelled);
    }
}
