using System.Globalization;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Renders fetch events and results as the lines people read in Discord and the console, worded like the tutorial
/// (<c>Received 5 responses</c>, <c>completed in 1.02 seconds</c>).
/// </summary>
public static class FetchTextRenderer
{
    /// <summary>URLs longer than this are shortened in lines, so one line can never outgrow a Discord message.</summary>
    public const int MaxDisplayedUrlLength = 120;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The line for one event, e.g. <c>GET https://x/posts/1: 200 OK, 292 bytes in 118 ms</c>.</summary>
    public static string RenderEvent(FetchEvent fetchEvent)
    {
        ArgumentNullException.ThrowIfNull(fetchEvent);
        var prefix = $"GET {DisplayUrl(fetchEvent.Url)}: ";
        return fetchEvent.Result is { } result && fetchEvent.Kind != FetchEventKind.Started
            ? prefix + RenderEnding(result)
            : prefix + "Started";
    }

    /// <summary>How one URL ended, without the <c>GET url:</c> prefix, e.g. <c>refused — resolves to a private address (10.0.0.5)</c>.</summary>
    public static string RenderEnding(FetchUrlResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ms = Milliseconds(result.Duration);
        return result.Outcome switch
        {
            FetchOutcome.Finished => RenderResponse(result, ms),
            FetchOutcome.Refused => $"refused — {result.Error}",
            FetchOutcome.Cancelled when result.StartedAt is null => "cancelled before it started",
            FetchOutcome.Cancelled => $"cancelled after {ms} ms",
            _ => $"failed — {result.Error} after {ms} ms",
        };
    }

    private static string RenderResponse(FetchUrlResult result, long ms)
    {
        var status = string.Create(Invariant, $"{result.StatusCode} {result.ReasonPhrase}").TrimEnd();
        var line = string.Create(Invariant, $"{status}, {result.Bytes} bytes in {ms} ms");
        if (result.Redirects > 0)
        {
            line += $" after {Plural(result.Redirects, "redirect")}";
        }

        return result.Truncated ? line + string.Create(Invariant, $" (truncated at {result.Bytes} bytes)") : line;
    }

    /// <summary>The heading printed when a compare run's leg begins (the tutorial's "Running … version" lines).</summary>
    public static string RenderLegHeading(FetchMode leg) => leg == FetchMode.Sequential
        ? "Running sequential version first:"
        : "Running concurrent version now:";

    /// <summary>The immediate reply describing what will run, e.g. <c>Fetching 5 URLs concurrently (at most 10 at a time, 10 s limit each)</c>.</summary>
    public static string RenderPlan(FetchPlan plan, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var how = plan.Mode switch
        {
            FetchMode.Sequential => "one after another",
            FetchMode.Compare => "one after another, then concurrently",
            _ => string.Create(Invariant, $"concurrently (at most {options.MaxConcurrency} at a time)"),
        };
        var source = plan.UsesDefaultUrls ? " (the tutorial's defaults)" : string.Empty;
        return string.Create(Invariant,
            $"Fetching {Plural(plan.Urls.Count, "URL")}{source} {how}, {options.TimeoutSeconds} s limit and {options.MaxResponseBytes} bytes read per URL");
    }

    /// <summary>The summary that follows the last event; one line per fact, separated by '\n'.</summary>
    public static string RenderSummary(FetchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<string>();
        foreach (var run in result.Runs)
        {
            lines.AddRange(SummaryOf(run));
        }

        if (result.Ratio is { } ratio)
        {
            lines.Add(string.Create(Invariant, $"Concurrent was {ratio:0.0}× faster than sequential"));
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// When every URL failed for lack of network, a line that says so (the default URLs are on the public internet);
    /// otherwise null.
    /// </summary>
    public static string? RenderNoNetworkHint(FetchPlan plan, FetchResult result)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.AllFailedForNetwork)
        {
            return null;
        }

        return plan.UsesDefaultUrls
            ? "No URL could be reached: the default URLs need internet access (or pass your own with --url)."
            : "No URL could be reached: this machine seems to have no network access.";
    }

    /// <summary>The URL as shown in lines: shortened with an ellipsis past <see cref="MaxDisplayedUrlLength"/> characters.</summary>
    public static string DisplayUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Length <= MaxDisplayedUrlLength ? url : string.Concat(url.AsSpan(0, MaxDisplayedUrlLength - 1), "…");
    }

    private static IEnumerable<string> SummaryOf(FetchRunResult run)
    {
        var name = run.Mode == FetchMode.Sequential ? "Sequential" : "Concurrent";
        var seconds = run.Elapsed.TotalSeconds;
        yield return run.Cancelled
            ? string.Create(Invariant, $"{name} requests cancelled after {seconds:0.00} seconds")
            : string.Create(Invariant, $"{name} requests completed in {seconds:0.00} seconds");

        var others = Tally(run);
        yield return $"Received {Plural(run.Received, "response")}" + (others.Length > 0 ? $" ({others})" : string.Empty);

        var sum = run.SumOfDurations.TotalSeconds;
        yield return run.Mode == FetchMode.Sequential
            ? string.Create(Invariant, $"the requests took {sum:0.00} s in total, one at a time")
            : string.Create(Invariant, $"one after another would take about {sum:0.00} s ({run.Speedup:0.0}× faster)");
    }

    private static string Tally(FetchRunResult run)
    {
        var parts = new List<string>();
        AddCount(parts, run.Urls.Count(url => url.Outcome == FetchOutcome.Finished && !url.IsSuccess), "not 2xx");
        AddCount(parts, run.Urls.Count(url => url.Outcome == FetchOutcome.Failed), "failed");
        AddCount(parts, run.Urls.Count(url => url.Outcome == FetchOutcome.Refused), "refused");
        AddCount(parts, run.Urls.Count(url => url.Outcome == FetchOutcome.Cancelled), "cancelled");
        return string.Join(", ", parts);
    }

    private static void AddCount(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add(string.Create(Invariant, $"{count} {what}"));
        }
    }

    private static string Plural(int count, string noun) =>
        string.Create(Invariant, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static long Milliseconds(TimeSpan duration) => (long)Math.Round(duration.TotalMilliseconds);
}
