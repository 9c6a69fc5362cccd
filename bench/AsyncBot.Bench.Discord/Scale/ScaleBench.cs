using System.Globalization;
using AsyncBot.Bench.Output;

namespace AsyncBot.Bench.Discord.Scale;

/// <summary>
/// <c>scale --bot PATH [--count 1000] [--replicas 3] [--spread-ms 100] [--warmup 5] [--limit-s 120]
/// [--setups 3:garnet-process,1:memory] [--latencies PREFIX]</c>: the same burst of signed <c>/race</c> interactions twice
/// in one run — over <c>--replicas</c> replicas sharing one Garnet store, then on one replica with the in-memory
/// registry (the floor the store's round trips are measured against) — each a fresh fake, store and set of
/// processes (<see cref="ScaleRun"/>); one JSON line each (and with <c>--latencies</c>, each interaction's latency
/// in <c>PREFIX-SETUP.tsv</c>). Fails (exit 1) when an interaction was refused or lost, or a run's lines were
/// missing, doubled or out of order. Targets are judged by the report, not here.
/// </summary>
public static class ScaleBench
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var bot = Path.GetFullPath(args.Text("bot"));
        var count = args.Count("count", 1000);
        var replicas = args.Count("replicas", 3);
        var spread = TimeSpan.FromMilliseconds(args.Number("spread-ms", 100));
        var warmup = args.Count("warmup", 5);
        var limit = TimeSpan.FromSeconds(args.Number("limit-s", 120));
        var latencies = args.Has("latencies") ? args.Text("latencies") : null;

        // Replicas and registry of each setup, in order: memory, garnet (in this process) or garnet-process. The
        // default is the scenario: the store in a process of its own, as Redis or Valkey runs beside the replicas in a
        // deployment. Others isolate a cause (three replicas in memory: the processes' cost; one replica with the
        // store: the round trips'; the store in this process: sharing a thread pool with the fake Discord).
        var setups = args.Text("setups", $"{replicas}:garnet-process,1:memory").Split(',')
            .Select(s => s.Split(':'))
            .Select(p => (Replicas: int.Parse(p[0], CultureInfo.InvariantCulture), Store: p[1] is "memory" or "garnet" or "garnet-process"
                ? p[1]
                : throw new ArgumentException($"--setups: '{p[1]}' is not memory, garnet or garnet-process")))
            .Select(p => (Impl: $"replica{(p.Replicas == 1 ? "" : "s")}-{p.Replicas}-{p.Store}", p.Replicas, p.Store))
            .ToList();

        var failed = 0;
        foreach (var (impl, n, store) in setups)
        {
            var line = await new ScaleRun(impl, bot, n, store, count, spread, warmup, limit, latencies).RunAsync();
            line.Print();
            var whole = line.Get<int>("plans") == count && line.Get<int>("finished") == count && line.Get<int>("lines_ok") == count;
            if (!whole)
            {
                await Console.Error.WriteLineAsync($"scale {impl} N={count}: interactions were refused or lost, or runs garbled");
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
