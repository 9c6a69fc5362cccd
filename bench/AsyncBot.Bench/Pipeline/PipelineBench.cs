using System.Text;
using AsyncBot.Bench.Output;
using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;

namespace AsyncBot.Bench.Pipeline;

/// <summary>
/// Events per second from the engine through rendering to a sink: a gather race of <c>--count</c> one-millisecond
/// tasks streams every event through <see cref="RaceEngine.Start"/>'s channel; a reader renders each with
/// <see cref="RaceLines.Line"/> (the console's and the bot's wording) and writes it as UTF-8 to a null stream. The
/// delay is negligible, so the run's length is the pipeline's work. run.sh pins the process to one core.
/// </summary>
public static class PipelineBench
{
    private const double TaskSeconds = 0.001;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var count = args.Count("count", 500_000);
        var engine = new RaceEngine(TimeProvider.System);
        Func<RacePlan, LiveRace> start = plan => engine.Start(plan, maxTasksWithEvents: int.MaxValue);
        await RunOnceAsync(start, Math.Min(count, 1000));
        await Task.Delay(250);

        var cpuBefore = ProcessStats.CpuMs();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var run = await RunOnceAsync(start, count);
        var cpuMs = ProcessStats.CpuMs() - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var seconds = run.Elapsed.TotalSeconds;
        RenderOnly(Math.Min(count, 1000));
        var renderOnly = RenderOnly(count);
        new ResultLine("pipeline", "dotnet-engine-render")
            .Add("count", count)
            .Add("events", run.Events)
            .Add("lines", run.Lines)
            .Add("utf8_bytes", run.Bytes)
            .Add("elapsed_ms", run.Elapsed.TotalMilliseconds)
            .Add("events_per_s", run.Events / seconds)
            .Add("run_cpu_ms", cpuMs)
            .Add("events_per_cpu_s", run.Events / (cpuMs / 1000))
            .Add("bytes_allocated_per_event", (double)allocated / run.Events)
            .Add("render_only_events_per_s", 2.0 * count / renderOnly.TotalSeconds)
            .Add("processors", Environment.ProcessorCount)
            .AddProcessStats()
            .Print();
        return 0;
    }

    /// <summary>
    /// The rendering half alone: the same Started and Finished events, built by hand instead of by the engine, rendered
    /// and written to the same kind of sink on one thread. The difference to the full run is the engine's share.
    /// </summary>
    private static TimeSpan RenderOnly(int count)
    {
        using var writer = new StreamWriter(new CountingStream(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        var names = Enumerable.Range(1, count).Select(i => "T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var planned = TimeSpan.FromSeconds(TaskSeconds);
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var started = new RaceEvent { Kind = RaceEventKind.TaskStarted, TaskIndex = i, TaskName = names[i], Count = count, Planned = planned };
            writer.WriteLine(RaceLines.Line(in started));
            var finished = started with { Kind = RaceEventKind.TaskFinished, Elapsed = planned, Order = i + 1 };
            writer.WriteLine(RaceLines.Line(in finished));
        }

        writer.Flush();
        return time.GetElapsedTime(start);
    }

    private static async Task<(TimeSpan Elapsed, long Events, long Lines, long Bytes)> RunOnceAsync(Func<RacePlan, LiveRace> startRace, int count)
    {
        if (!RacePlan.TryCreateUniform(count, TaskSeconds, RaceMode.Gather, RaceWork.Delay, 1, out var plan, out var error))
        {
            throw new ArgumentException(error);
        }

        var sink = new CountingStream();
        await using var writer = new StreamWriter(sink, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        long events = 0;
        long lines = 0;
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        var live = startRace(plan);
        await foreach (var raceEvent in live.ReadAllAsync())
        {
            events++;
            if (RaceLines.Line(in raceEvent) is { } line)
            {
                writer.WriteLine(line);
                lines++;
            }
        }

        await live.Result;
        await writer.FlushAsync();
        var elapsed = time.GetElapsedTime(start);
        if (lines != 2L * count)
        {
            throw new InvalidOperationException($"{lines} lines were written for {count} tasks");
        }

        return (elapsed, events, lines, sink.Length);
    }
}
