using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using AsyncBot.Bench.Discord.Load;
using AsyncBot.Bench.Output;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.FakeDiscord.Rest;
using GatewayInteraction = AsyncBot.FakeDiscord.Gateway.FakeInteraction;
using InteractionPayloads = AsyncBot.FakeDiscord.Gateway.FakeInteractions;

namespace AsyncBot.Bench.Discord.Scale;

/// <summary>
/// One setup of the scale scenario: a fresh fake Discord (REST with Discord's limits); the store unless
/// <paramref name="store"/> is <c>memory</c> (<c>garnet</c> in the bench's process, <c>garnet-process</c> in its
/// own); <paramref name="replicas"/> bot processes in HTTP-interactions mode; a few warm-up races per replica; then
/// <paramref name="count"/> signed <c>/race tasks:A:2 B:3 C:1</c> from as many users, sent evenly over
/// <paramref name="spread"/> and dealt round-robin to the replicas; then the wait until every run's reply was edited
/// at its end (or <paramref name="limit"/> passed).
/// </summary>
internal sealed class ScaleRun(
    string impl, string bot, int replicas, string store, int count, TimeSpan spread, int warmup, TimeSpan limit, string? latencies)
{
    private const string ApplicationId = "1306561934786719786";

    public async Task<ResultLine> RunAsync()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest());
        await using var garnet = store switch
        {
            "garnet" => await GarnetStore.StartAsync(),
            "garnet-process" => await GarnetStore.StartProcessAsync(),
            _ => null,
        };
        using var signer = new FakeInteractionSigner();
        var runsTotal = Math.Max(1000, count + (warmup * replicas));
        await using var set = await ReplicaSet.StartAsync(bot, replicas, server, signer, garnet?.ConnectionString, runsTotal);

        // Discord opens as many connections to an endpoint as its traffic needs; the poster's default cap of 256
        // would queue the burst in the bench instead.
        var posters = set.Endpoints.Select(e => new FakeEndpointPoster(server, new Uri(e, "interactions"), signer, maxConnections: 4096)).ToList();
        try
        {
            // Warm-up, not measured: as many connections open to each replica as its share of the burst will use
            // (a live Discord, or the proxy in front of the bot, keeps its connections), and each replica's
            // first-call paths run once.
            var share = (count + replicas - 1) / replicas;
            await Task.WhenAll(posters.SelectMany(p => Enumerable.Range(0, share).Select(_ => p.PostAsync(FakeEndpointPoster.Ping()))));
            var (warm, warmPosts) = await SendAsync(posters, Sign(posters, Races(warmup * replicas, userBase: 900_000_000_000_000_000)), TimeSpan.Zero);
            await Task.WhenAll(warmPosts);
            await LoadRun.WaitDoneAsync(server, warm, TimeSpan.FromSeconds(30));

            var cpuBefore = set.Bots.Select(b => b.CpuSeconds()).ToArray();
            var logBefore = set.Bots.Sum(b => b.OutputLines);
            var problemsBefore = set.Bots.Sum(b => b.ProblemLines);
            var commandsBefore = garnet is null ? [] : await garnet.CommandCallsAsync();
            var requestsBefore = server.Rest().Requests.Requests.Count;
            var fakeCpuBefore = ProcessStats.CpuMs();
            var storeCpuBefore = garnet?.Process is { } storeProcess ? BotUnderLoad.CpuSecondsOf(storeProcess.Id) : 0;
            var signed = Sign(posters, Races(count, userBase: 800_000_000_000_000_000));

            // The bench process stands in for Discord (and hosts the store): its own GC pauses are not the
            // replicas' latency, so it collects before the burst and not during it, if the runtime allows.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var noGc = TryStartNoGcRegion();
            await using var stalls = new StallProbe(garnet);

            var started = TimeProvider.System.GetTimestamp();
            var (sent, posts) = await SendAsync(posters, signed, spread);
            var sendSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            try
            {
                await Task.WhenAll(posts);
            }
            catch (Exception) when (posts.All(p => p.IsCompleted))
            {
                // A request that failed is counted per interaction below, as lost.
            }

            var answeredAt = TimeProvider.System.GetTimestamp();
            await stalls.StopAsync();
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }

            var finished = await LoadRun.WaitDoneAsync(server, sent, limit);
            var wallSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            var cpu = set.Bots.Select((b, i) => b.CpuSeconds() - cpuBefore[i]).ToArray();
            var fakeCpu = (ProcessStats.CpuMs() - fakeCpuBefore) / 1000;
            var storeCpu = garnet?.Process is { } store2 ? BotUnderLoad.CpuSecondsOf(store2.Id) - storeCpuBefore : double.NaN;
            var requests = server.Rest().Requests.Requests.Skip(requestsBefore).ToList();

            // Garnet folds its sessions' counts into the total once a second.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            var commandsAfter = garnet is null ? [] : await garnet.CommandCallsAsync();
            var commands = commandsAfter
                .Select(c => (Name: c.Key, Calls: c.Value - commandsBefore.GetValueOrDefault(c.Key)))
                .Where(c => c.Calls > 0)
                .OrderByDescending(c => c.Calls)
                .ToList();

            var answers = ScaleAnswers.Of(posts);
            if (latencies is not null)
            {
                // One line per interaction: index, replica, sent (ms after the first), answer latency (ms; -1 lost).
                await File.WriteAllLinesAsync($"{latencies}-{impl}.tsv", posts.Select((p, i) => string.Create(CultureInfo.InvariantCulture,
                    $"{i}\t{i % replicas}\t{(sent[i].CreatedAt - sent[0].CreatedAt).TotalMilliseconds:F1}\t{(p.IsCompletedSuccessfully ? p.Result.Elapsed.TotalMilliseconds : -1):F1}")));
            }

            var lines = LoadAnalysis.Of(sent, server.Rest().Messages.Records);
            var served = Math.Max(1, answers.Plans);
            if (answers.FirstProblem is { } problem)
            {
                await Console.Error.WriteLineAsync($"scale {impl}: {problem}");
            }

            if (lines.FirstGarbled is { } garbled)
            {
                await Console.Error.WriteLineAsync($"scale {impl}: first run with wrong lines: {garbled}");
            }

            var problems = set.Bots.Sum(b => b.ProblemLines) - problemsBefore;
            if (problems > 0)
            {
                await Console.Error.WriteLineAsync($"scale {impl}: {problems} warning/error log lines, the first: {set.Bots.Select(b => b.FirstProblem).FirstOrDefault(p => p is not null)}");
            }

            var line = answers.AddTo(new ResultLine("scale", impl)
                .Add("replicas", replicas)
                .Add("store", store)
                .Add("count", count)
                .Add("spread_ms", spread.TotalMilliseconds)
                .Add("send_s", sendSeconds)
                .Add("answered_s", (double)(answeredAt - started) / Stopwatch.Frequency)

                // Stopwatch reads CLOCK_MONOTONIC on Linux: these cut a system-wide profile (perf record -k
                // CLOCK_MONOTONIC) down to the burst.
                .Add("burst_monotonic_s", new[] { (double)started / Stopwatch.Frequency, (double)answeredAt / Stopwatch.Frequency }));
            return stalls.AddTo(lines.AddTo(line
                    .Add("plans_per_replica", Enumerable.Range(0, replicas).Select(r => ScaleAnswers.Of(posts.Where((_, i) => i % replicas == r)).Plans).ToArray())
                    .Add("finished", finished))
                .Add("wall_s", wallSeconds)
                .Add("cpu_s", cpu.Sum())
                .Add("cpu_ms_per_run", cpu.Sum() * 1000 / served)
                .Add("cpu_s_per_replica", cpu)
                .Add("peak_rss_kb_per_replica", set.Bots.Select(b => b.PeakRssKb()).ToArray())
                .Add("store_commands", commands.Sum(c => c.Calls))
                .Add("store_commands_per_run", (double)commands.Sum(c => c.Calls) / served)
                .Add("store_commands_by_name", string.Join(' ', commands.Select(c => $"{c.Name}={c.Calls}")))
                .Add("rest_calls_per_run", (double)requests.Count / served)
                .Add("status_429", requests.Count(r => r.Status == 429))
                .Add("command_registrations", server.Rest().Requests.For("PUT", "/applications/:id/commands").Count)
                .Add("log_lines_per_run", (double)(set.Bots.Sum(b => b.OutputLines) - logBefore) / served)
                .Add("warning_lines", problems)
                .Add("fake_cpu_s", fakeCpu)
                .Add("store_process_cpu_s", storeCpu)
                .Add("bench_no_gc_region", noGc)
                .Add("replica_exited", set.Bots.Any(b => b.HasExited)));
        }
        finally
        {
            foreach (var poster in posters)
            {
                poster.Dispose();
            }
        }
    }

    // Enough for the burst's answers and the fake's side of its first messages; more than the runtime grants fails.
    private static bool TryStartNoGcRegion()
    {
        try
        {
            return GC.TryStartNoGCRegion(240L * 1024 * 1024);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static List<JsonObject> Races(int n, long userBase) =>
        [.. Enumerable.Range(0, n).Select(i => InteractionPayloads.SlashCommand("race", [("tasks", Load.LoadRun.Tasks)],
            userId: (userBase + i).ToString(CultureInfo.InvariantCulture)))];

    // Serialized and signed before the clock starts (by the replica each goes to, all with the same key), so the
    // burst costs the sender only the requests.
    private static List<(JsonObject Payload, FakeSignedInteraction Signed)> Sign(List<FakeEndpointPoster> posters, List<JsonObject> payloads) =>
        [.. payloads.Select((p, i) => (p, posters[i % posters.Count].Sign(p)))];

    /// <summary>
    /// Posts the n-th interaction at n/count of <paramref name="over"/> (all at once when zero) to replica n mod R,
    /// without waiting for answers; returns them as the fake's interaction records (sent then) and the answers to
    /// come. Sent from a thread of its own, so the pace holds while the bench's thread pool is busy with the fake's
    /// side of the answers already coming back.
    /// </summary>
    private static async Task<(List<GatewayInteraction> Sent, List<Task<FakeEndpointAnswer>> Posts)> SendAsync(
        List<FakeEndpointPoster> posters, List<(JsonObject Payload, FakeSignedInteraction Signed)> signed, TimeSpan over)
    {
        var sent = new List<GatewayInteraction>(signed.Count);
        var posts = new List<Task<FakeEndpointAnswer>>(signed.Count);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = new Thread(() =>
        {
            var start = TimeProvider.System.GetTimestamp();
            for (var i = 0; i < signed.Count; i++)
            {
                var due = over * i / signed.Count;
                while (TimeProvider.System.GetElapsedTime(start) < due)
                {
                    Thread.Sleep(due - TimeProvider.System.GetElapsedTime(start) > TimeSpan.FromMilliseconds(1) ? 1 : 0);
                }

                var (payload, interaction) = signed[i];
                sent.Add(new GatewayInteraction(interaction.Id, interaction.Token, ApplicationId, 2, i, TimeProvider.System.GetUtcNow(), payload));
                posts.Add(posters[i % posters.Count].PostAsync(interaction));
            }

            done.SetResult();
        })
        { IsBackground = true, Name = "scale sender" };
        sender.Start();
        await done.Task;
        return (sent, posts);
    }
}
