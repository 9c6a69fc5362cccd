using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AsyncBot.Bench.Output;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Bench.Discord;

/// <summary>
/// Interactions over HTTP under a burst: starts the bot (<c>--bot</c>, the published binary or <c>AsyncBot.dll</c>)
/// as its own process in <c>Discord:Interactions=Http</c> mode against the fake Discord's REST half, then plays
/// Discord: <c>--count</c> signed <c>/--command</c> interactions POSTed to the endpoint at once. Reports how long each
/// took to be answered (p50, p99, max), how many got a 200 with an accepted callback, how many followups the fake
/// refused as "Unknown Webhook" (a followup that overtook the fake's reading of its HTTP answer), and the bot's peak RSS.
/// </summary>
public static class HttpBurstBench
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var bot = args.Text("bot");
        var count = args.Count("count", 1000);
        var command = args.Text("command", "help");
        var runsTotal = args.Count("runs-total", 50);

        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest());
        using var signer = new FakeInteractionSigner();
        var port = FreePort();
        using var process = StartBot(bot, server, signer, port, runsTotal);
        try
        {
            var baseUri = new Uri($"http://127.0.0.1:{port}/");
            await WaitReadyAsync(baseUri, process);
            using var poster = new FakeEndpointPoster(server, new Uri(baseUri, "interactions"), signer);

            // Warm the connections and the bot's first-call paths as a live bot would be; not measured.
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => poster.PostAsync(FakeEndpointPoster.Ping())));

            // One user each, as in a popular server: the per-user run limit does not bind, Limits:RunsTotal does.
            var interactions = Enumerable.Range(0, count)
                .Select(i => FakeDiscord.Gateway.FakeInteractions.SlashCommand(command, userId: (1_100_000_000_000_000_000UL + (ulong)i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            var started = Stopwatch.GetTimestamp();
            var answers = await Task.WhenAll(interactions.Select(i => poster.PostAsync(i)));
            var wall = Stopwatch.GetElapsedTime(started);

            // Give the started runs' first followups a moment to reach the fake before counting refusals.
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            var refused = server.Rest().Requests.For("POST", "/webhooks/:id/:token").Count(r => r.Status == 404);
            var ms = answers.Select(a => a.Elapsed.TotalMilliseconds).Order().ToArray();
            var answered = answers.Count(a => a.Status == HttpStatusCode.OK && a.Rejection is null && a.CallbackType is 4 or 5);
            new ResultLine("http-burst", "dotnet-asyncbot")
                .Add("command", command)
                .Add("count", count)
                .Add("runs_total", runsTotal)
                .Add("answered", answered)
                .Add("ack_p50_ms", Percentile(ms, 0.50))
                .Add("ack_p99_ms", Percentile(ms, 0.99))
                .Add("ack_max_ms", ms[^1])
                .Add("wall_ms", wall.TotalMilliseconds)
                .Add("followups_refused", refused)
                .Add("followups_waited_for_answer", server.Rest().Requests.WaitsForHttpAnswer)
                .Add("bot_peak_rss_kb", PeakRssKb(process.Id))
                .Print();
            return answered == count ? 0 : 1;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static Process StartBot(string bot, FakeDiscordServer server, FakeInteractionSigner signer, int port, int runsTotal)
    {
        var dll = bot.EndsWith(".dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo(dll ? "dotnet" : bot) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (dll)
        {
            start.ArgumentList.Add(bot);
        }

        start.Environment["DISCORD_TOKEN"] = server.Options.Token;
        start.Environment["Discord__ApiBaseUrl"] = server.ApiBaseUrl.ToString();
        start.Environment["Discord__Interactions"] = "Http";
        start.Environment["Discord__PublicKey"] = signer.PublicKeyHex;
        start.Environment["Http__Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Health__File"] = Path.Combine(Path.GetTempPath(), $"asyncbot-bench-{port}.health");
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Limits__RunsTotal"] = runsTotal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + bot);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("bot: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitReadyAsync(Uri baseUri, Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (Stopwatch.GetTimestamp() < deadline && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseUri, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("the bot's /healthz never said ready");
    }

    // Port 0 cannot be passed to a child process and read back, so take a free one and hand it over.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static long PeakRssKb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
