namespace AsyncBot.Core.Fetch;

/// <summary>One leg of a run: every URL fetched concurrently or sequentially.</summary>
/// <param name="Mode"><see cref="FetchMode.Concurrent"/> or <see cref="FetchMode.Sequential"/>.</param>
/// <param name="Urls">One result per URL, in plan order.</param>
/// <param name="Elapsed">Wall-clock time of the leg.</param>
/// <param name="Cancelled">Whether the run was cancelled during this leg.</param>
public sealed record FetchRunResult(FetchMode Mode, IReadOnlyList<FetchUrlResult> Urls, TimeSpan Elapsed, bool Cancelled)
{
    /// <summary>What the URLs' durations add up to: roughly what the leg would take one after another.</summary>
    public TimeSpan SumOfDurations => Urls.Aggregate(TimeSpan.Zero, (sum, url) => sum + url.Duration);

    /// <summary><see cref="SumOfDurations"/> over <see cref="Elapsed"/>: about 1 sequentially, up to the URL count concurrently.</summary>
    public double Speedup => Elapsed > TimeSpan.Zero ? SumOfDurations / Elapsed : 1.0;

    /// <summary>URLs that got a 2xx response, which is what the tutorial counts as "Received N responses".</summary>
    public int Received => Urls.Count(url => url.IsSuccess);
}
