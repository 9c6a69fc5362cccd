using System.Diagnostics;
using AsyncBot.Bench.Output;

namespace AsyncBot.Bench.Discord.WebApi;

/// <summary>
/// <c>webapi-load --base URL --impl NAME --clients N --seconds S</c>: N clients request the same S-second race
/// (<c>/api/race?tasks=A:S</c>) at the same instant, each reading its stream to the summary. Reports when they
/// finished (from the burst), how many got a whole stream, and the wall time: async handlers finish all in about S.
/// </summary>
public static class WebApiLoad
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var baseUrl = args.Text("base").TrimEnd('/');
        var impl = args.Text("impl");
        var clients = args.Count("clients", 1000);
        var seconds = args.Number("seconds", 1);
        var timeout = TimeSpan.FromSeconds(args.Number("timeout", 240));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, ConnectTimeout = timeout }) { Timeout = timeout };
        var url = $"{baseUrl}/api/race?tasks=A:{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

        // One request first, outside the measurement: JIT and the first connection are not what this row is about.
        await http.GetStringAsync(url);

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        var requests = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                var body = await http.GetStringAsync(url);
                return body.Contains("event: summary", StringComparison.Ordinal) ? clock.Elapsed.TotalMilliseconds : double.NaN;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return double.NaN;
            }
        })).ToArray();
        clock.Start();
        go.SetResult();
        var finished = await Task.WhenAll(requests);
        var wall = clock.Elapsed.TotalMilliseconds;

        var ok = finished.Where(ms => !double.IsNaN(ms)).Order().ToArray();
        new ResultLine("webapi", impl)
            .Add("clients", clients)
            .Add("seconds", seconds)
            .Add("ok", ok.Length)
            .Add("p50_ms", Percentile(ok, 0.50))
            .Add("p99_ms", Percentile(ok, 0.99))
            .Add("max_ms", ok.Length == 0 ? null : Math.Round(ok[^1], 1))
            .Add("wall_ms", Math.Round(wall, 1))
            .Print();
        // Streams that never completed are a result (the blocking twin's point), shown as "ok of clients", not a crash.
        return 0;
    }

    private static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}
