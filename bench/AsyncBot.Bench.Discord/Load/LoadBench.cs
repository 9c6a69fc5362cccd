using System.Globalization;
using AsyncBot.Bench.Output;

namespace AsyncBot.Bench.Discord.Load;

/// <summary>
/// <c>load --scales 100,300,1000 [--asyncbot PATH] [--discordjs SCRIPT] [--warmup 5] [--limit-s 60]</c>: for each
/// scale, each bot given in turn (a fresh fake and a fresh bot process per pair) runs the burst of
/// <see cref="LoadRun"/>; one JSON line per pair. Fails (exit 1) when a run was lost: unanswered, unfinished or with
/// a line missing, doubled or out of order. Targets are judged by the report, not here.
/// </summary>
public static class LoadBench
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var scales = args.Text("scales").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var warmup = args.Count("warmup", 5);
        var limit = TimeSpan.FromSeconds(args.Number("limit-s", 60));
        var bots = new List<(string Impl, string[] Command)>();
        if (args.Has("asyncbot"))
        {
            bots.Add(("asyncbot-aot", [Path.GetFullPath(args.Text("asyncbot"))]));
        }

        if (args.Has("discordjs"))
        {
            bots.Add(("discordjs", ["node", Path.GetFullPath(args.Text("discordjs"))]));
        }

        if (bots.Count == 0)
        {
            throw new ArgumentException("load needs --asyncbot PATH and/or --discordjs SCRIPT");
        }

        var failed = 0;
        foreach (var runs in scales)
        {
            foreach (var (impl, command) in bots)
            {
                var line = await new LoadRun(impl, command, runs, warmup, limit).RunAsync();
                line.Print();
                if (!line.Get<int>("finished").Equals(runs) || !line.Get<int>("lines_ok").Equals(runs - line.Get<int>("busy")))
                {
                    await Console.Error.WriteLineAsync($"load {impl} N={runs}: runs were lost or garbled");
                    failed++;
                }
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
