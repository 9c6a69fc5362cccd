namespace AsyncBot.Core.Fetch;

/// <summary>The outcome of a whole <c>/fetch</c> run: one leg, or two for <see cref="FetchMode.Compare"/>.</summary>
/// <param name="Mode">The mode the user asked for.</param>
/// <param name="Count">How many URLs the plan had.</param>
/// <param name="Runs">The legs that ran, in order: sequential then concurrent for compare. A run cancelled during
/// its first compare leg has only that leg.</param>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
/// <param name="Cancelled">Whether the run was cancelled.</param>
public sealed record FetchResult(FetchMode Mode, int Count, IReadOnlyList<FetchRunResult> Runs, TimeSpan Elapsed, bool Cancelled)
{
    /// <summary>The last leg's URL results (the only leg unless comparing).</summary>
    public IReadOnlyList<FetchUrlResult> Urls => Runs.Count > 0 ? Runs[^1].Urls : [];

    /// <summary>The URLs' durations added up, over every leg.</summary>
    public TimeSpan SumOfDurations => Runs.Aggregate(TimeSpan.Zero, (sum, run) => sum + run.SumOfDurations);

    /// <summary>The last leg's speedup (sum of durations over elapsed).</summary>
    public double Speedup => Runs.Count > 0 ? Runs[^1].Speedup : 1.0;

    /// <summary>The last leg's count of 2xx responses.</summary>
    public int Received => Runs.Count > 0 ? Runs[^1].Received : 0;

    /// <summary>
    /// For a finished compare run, the sequential leg's elapsed time over the concurrent leg's: how many times
    /// faster concurrency was. Null otherwise.
    /// </summary>
    public double? Ratio => Mode == FetchMode.Compare && Runs.Count == 2 && Runs[1].Elapsed > TimeSpan.Zero
        ? Runs[0].Elapsed / Runs[1].Elapsed
        : null;

    /// <summary>
    /// True when at least one URL was tried and every URL failed with a DNS or unreachable-network error: the
    /// machine is probably offline, and the console should say that the default URLs need internet access.
    /// </summary>
    public bool AllFailedForNetwork =>
        Runs.Any(run => run.Urls.Count > 0)
        && Runs.All(run => run.Urls.All(url => url.Outcome == FetchOutcome.Failed && url.Failure.IsNoNetwork()));
}
