using AsyncBot.Bench.Output;

namespace AsyncBot.Bench.Fetch;

/// <summary>
/// <c>--count</c> URLs on the local latency server (<c>--base</c>, every answer held <c>--latency-ms</c>), fetched by
/// AsyncBot's fetch engine concurrently (median of <c>--repeats</c> runs after a first, cold run that opens the
/// connections and is reported on its own) and sequentially
/// (once), and by a bare <see cref="HttpClient"/> with <c>Task.WhenAll</c> as the .NET floor. One JSON line each.
/// </summary>
public static class FetchBench
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var baseUrl = args.Text("base").TrimEnd('/');
        var count = args.Count("count", 50);
        var repeats = args.Count("repeats", 3);
        var latencyMs = args.Number("latency-ms", 200);
        var urls = Enumerable.Range(1, count).Select(i => $"{baseUrl}/item/{i}").ToArray();

        var engine = new EngineFetch(count);
        var raw = new RawFetch();
        // The first run opens the connections (the server keeps them alive, as real APIs do); it is reported apart.
        var engineCold = await engine.RunAsync(urls, sequential: false);
        var rawCold = await raw.RunAsync(urls);

        var concurrent = new List<double>();
        var rawRuns = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            concurrent.Add(await engine.RunAsync(urls, sequential: false));
            rawRuns.Add(await raw.RunAsync(urls));
        }

        Print("dotnet-engine", "concurrent", count, latencyMs, concurrent, engineCold);
        Print("dotnet-raw", "concurrent", count, latencyMs, rawRuns, rawCold);
        if (!args.Flag("no-sequential"))
        {
            Print("dotnet-engine", "sequential", count, latencyMs, [await engine.RunAsync(urls, sequential: true)], null);
        }

        return 0;
    }

    private static void Print(string impl, string mode, int count, double latencyMs, List<double> runs, double? coldMs)
    {
        var median = Median(runs);
        new ResultLine("fetch", impl)
            .Add("mode", mode)
            .Add("count", count)
            .Add("latency_ms", latencyMs)
            .Add("elapsed_ms", median)
            .Add("runs_ms", runs)
            .Add("cold_ms", coldMs)
            .Add("floor_ms", mode == "sequential" ? latencyMs * count : latencyMs)
            .AddProcessStats()
            .Print();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
