namespace AsyncBot.Core.Fetch;

/// <summary>Runs one leg: every URL of the plan, concurrently behind a gate or strictly one after another.</summary>
internal sealed class FetchLegRunner(UrlFetcher fetcher, FetchOptions options, TimeProvider time)
{
    public async Task<FetchRunResult> RunAsync(IReadOnlyList<string> urls, FetchMode leg, CancellationToken cancellationToken)
    {
        var legStart = time.GetTimestamp();
        var checks = urls.Select(url => UrlPolicy.Check(url, options.AllowPrivateNetworks)).ToArray();
        FetchUrlResult[] results;
        if (leg == FetchMode.Sequential)
        {
            results = new FetchUrlResult[urls.Count];
            for (var i = 0; i < urls.Count; i++)
            {
                results[i] = await FetchOneAsync(i, urls[i], checks[i], leg, legStart, gate: null, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            using var gate = new SemaphoreSlim(options.MaxConcurrency);
            var tasks = urls.Select((url, i) => FetchOneAsync(i, url, checks[i], leg, legStart, gate, cancellationToken));
            results = await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        return new FetchRunResult(leg, results, time.GetElapsedTime(legStart), cancellationToken.IsCancellationRequested);
    }

    private async Task<FetchUrlResult> FetchOneAsync(
        int index, string url, UrlCheck check, FetchMode leg, long legStart, SemaphoreSlim? gate, CancellationToken cancellationToken)
    {
        if (!check.IsAllowed)
        {
            return fetcher.Refuse(index, url, leg, check.Refusal);
        }

        if (gate is not null)
        {
            try
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return fetcher.CancelUnstarted(index, url, leg);
            }
        }
        else if (cancellationToken.IsCancellationRequested)
        {
            return fetcher.CancelUnstarted(index, url, leg);
        }

        try
        {
            return await fetcher.FetchAsync(index, url, check, leg, legStart, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate?.Release();
        }
    }
}
