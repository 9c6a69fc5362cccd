using System.Globalization;
using System.Text.Json.Nodes;
using AsyncBot.Bench.Output;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;
using AsyncBot.FakeDiscord.Rest;
using GatewayInteraction = AsyncBot.FakeDiscord.Gateway.FakeInteraction;
using InteractionPayloads = AsyncBot.FakeDiscord.Gateway.FakeInteractions;

namespace AsyncBot.Bench.Discord.Load;

/// <summary>
/// One bot at one scale: a fresh fake Discord with Discord's limits (each interaction token's webhook bucket 5 per
/// 2 s; interaction routes outside the global limit), the bot started against it, a few warm-up races, then
/// <c>runs</c> <c>/race tasks:A:2 B:3 C:1</c> from as many users sent as fast as the gateway takes them, and the wait
/// until each is finished (its reply edited) or the time limit passes.
/// </summary>
internal sealed class LoadRun(string impl, IReadOnlyList<string> command, int runs, int warmup, TimeSpan limit)
{
    public const string Tasks = "A:2 B:3 C:1";

    public async Task<ResultLine> RunAsync()
    {
        var gateway = new FakeGateway(new FakeGatewayOptions
        {
            MaxConcurrency = 100,
            HeartbeatIntervalMs = 41_250,
        });
        var options = new FakeDiscordOptions { Modules = { gateway } }.WithRest(rest =>
        {
            rest.BucketLimit = 5;
            rest.BucketWindow = TimeSpan.FromSeconds(2);
        });
        await using var server = await FakeDiscordServer.StartAsync(options);
        gateway.InteractionSent += i => server.Rest().Interactions.Register(i.Id, i.Token, i.CreatedAt, i.Type);

        var health = Path.Combine(Path.GetTempPath(), $"asyncbot-load-{Guid.NewGuid():N}.health");
        using var bot = BotUnderLoad.Start(command, new Dictionary<string, string>
        {
            ["DISCORD_TOKEN"] = server.Options.Token,
            ["Discord__ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
            ["Limits__RunsTotal"] = Math.Max(1000, runs + warmup).ToString(CultureInfo.InvariantCulture),
            ["Health__File"] = health,
        });
        try
        {
            await gateway.WaitUntilAsync(g => g.ReadyCount > 0, TimeSpan.FromSeconds(30));

            // Warm-up: the fake (JIT-compiled) and a JIT bot pay their first-call costs here, not in the burst.
            var warm = await SendAsync(gateway, warmup, userBase: 900_000_000_000_000_000);
            await WaitDoneAsync(server, warm, TimeSpan.FromSeconds(30));

            var cpuBefore = bot.CpuSeconds();
            var fakeCpuBefore = ProcessStats.CpuMs();
            var requestsBefore = server.Rest().Requests.Requests.Count;
            var linesBefore = bot.OutputLines;
            var started = TimeProvider.System.GetTimestamp();
            var sent = await SendAsync(gateway, runs, userBase: 800_000_000_000_000_000);
            var sendSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            using var sampling = new CancellationTokenSource();
            var maxOpenFiles = SampleOpenFilesAsync(bot, sampling.Token);
            var finished = await WaitDoneAsync(server, sent, limit);
            await sampling.CancelAsync();
            var wallSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            var cpu = bot.CpuSeconds() - cpuBefore;
            var fakeCpu = (ProcessStats.CpuMs() - fakeCpuBefore) / 1000;
            var peak = bot.PeakRssKb();
            var requests = server.Rest().Requests.Requests.Skip(requestsBefore).ToList();

            var analysis = LoadAnalysis.Of(sent, server.Rest().Messages.Records);
            var served = Math.Max(1, analysis.Answered);
            if (analysis.FirstGarbled is { } garbled)
            {
                await Console.Error.WriteLineAsync($"load {impl} N={runs}: first run with wrong lines: {garbled}");
            }

            return analysis.AddTo(new ResultLine("load", impl).Add("runs", runs))
                .Add("finished", finished)
                .Add("send_s", sendSeconds)
                .Add("wall_s", wallSeconds)
                .Add("cpu_s", cpu)
                .Add("cpu_ms_per_run", cpu * 1000 / served)
                .Add("rest_calls", requests.Count)
                .Add("rest_calls_per_run", (double)requests.Count / served)
                .Add("status_429", requests.Count(r => r.Status == 429))
                .Add("requests_while_exhausted", server.Rest().Requests.RequestsWhileExhausted)
                .Add("peak_rss_kb", peak)
                .Add("max_open_files", await maxOpenFiles)
                .Add("log_lines_per_run", (double)(bot.OutputLines - linesBefore) / served)
                .Add("fake_cpu_s", fakeCpu)
                .Add("bot_exited", bot.HasExited);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"load {impl} N={runs}: {ex.Message}\n{bot.LastOutput()}");
            throw;
        }
        finally
        {
            await bot.StopAsync(TimeSpan.FromSeconds(10));
            File.Delete(health);
        }
    }

    private static async Task<List<GatewayInteraction>> SendAsync(FakeGateway gateway, int count, long userBase)
    {
        // Built before the first is sent, so the burst is only the sending.
        var payloads = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            payloads.Add(InteractionPayloads.SlashCommand("race", [("tasks", Tasks)],
                userId: (userBase + i).ToString(CultureInfo.InvariantCulture)));
        }

        var sent = new List<GatewayInteraction>(count);
        foreach (var payload in payloads)
        {
            sent.Add(await gateway.SendInteractionAsync(payload));
        }

        return sent;
    }

    // Sockets are what a burst makes a bot open most of; each holds buffers, so they explain much of its RSS.
    private static async Task<int> SampleOpenFilesAsync(BotUnderLoad bot, CancellationToken cancellationToken)
    {
        var max = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            max = Math.Max(max, bot.OpenFiles());
            try
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return max;
    }

    /// <summary>Waits until every run in <paramref name="sent"/> has finished or <paramref name="limit"/> passes; returns how many finished.</summary>
    internal static async Task<int> WaitDoneAsync(FakeDiscordServer server, List<GatewayInteraction> sent, TimeSpan limit)
    {
        var ids = sent.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var start = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var done = LoadAnalysis.FinishedIds(server.Rest().Messages.Records).Count(ids.Contains);
            if (done == ids.Count || TimeProvider.System.GetElapsedTime(start) > limit)
            {
                return done;
            }

            await Task.Delay(200);
        }
    }
}
