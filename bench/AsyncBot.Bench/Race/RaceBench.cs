using AsyncBot.Bench.Output;

namespace AsyncBot.Bench.Race;

/// <summary>
/// Runs one gather race of <c>--count</c> tasks of <c>--seconds</c> each with one implementation and prints its
/// overhead: wall time minus the delay every task waits. A small warm-up race runs first in the same process, so
/// the number is the steady-state cost of the tasks and not the JIT's first look at the code; a short pause after it
/// lets the tiered JIT finish its optimized versions in the background (the Python and Node programs warm up and
/// pause the same way).
/// </summary>
public static class RaceBench
{
    private const int WarmupCount = 1000;
    private const double WarmupSeconds = 0.01;
    private static readonly TimeSpan WarmupPause = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(string impl, BenchArgs args)
    {
        var count = args.Count("count", 10_000);
        var seconds = args.Number("seconds", 1);
        IRaceImplementation race = impl switch
        {
            "dotnet-raw" => new RawFloorRace(),
            "dotnet-engine" => new EngineRace(withEvents: true),
            "dotnet-engine-quiet" => new EngineRace(withEvents: false),
            _ => throw new ArgumentException($"unknown race implementation '{impl}'"),
        };

        await race.RunAsync(Math.Min(count, WarmupCount), WarmupSeconds);
        await Task.Delay(WarmupPause);
        var run = await race.RunAsync(count, seconds);
        var elapsedMs = run.Elapsed.TotalMilliseconds;
        new ResultLine("race", impl)
            .Add("count", count)
            .Add("seconds", seconds)
            .Add("elapsed_ms", elapsedMs)
            .Add("overhead_ms", elapsedMs - (seconds * 1000))
            .Add("setup_ms", run.Setup.TotalMilliseconds)
            .Add("events", run.Events)
            .Add("started_ms", run.Started?.TotalMilliseconds)
            .Add("first_done_ms", run.FirstDone?.TotalMilliseconds)
            .Add("last_done_ms", run.LastDone?.TotalMilliseconds)
            .AddProcessStats()
            .Print();
        return 0;
    }
}
