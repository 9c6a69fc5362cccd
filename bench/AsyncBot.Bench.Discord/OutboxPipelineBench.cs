using AsyncBot.Bench.Output;
using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using AsyncBot.Discord.Interactions;
using AsyncBot.Runs;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsyncBot.Bench.Discord;

/// <summary>
/// The bot's own path from engine to Discord, minus the network: a gather race of <c>--count</c> one-millisecond
/// tasks, each event rendered and markdown-escaped as the race handler does, posted to a <see cref="RunOutbox"/>
/// whose responder is an in-memory sink with no rate limit (the outbox still coalesces its backlog into
/// 2000-character messages). Events per second, from the run's start to the last message handed to the sink.
/// </summary>
public static class OutboxPipelineBench
{
    private const double TaskSeconds = 0.001;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var count = args.Count("count", 250_000);
        await RunOnceAsync(Math.Min(count, 1000));
        var cpuBefore = ProcessStats.CpuMs();
        var (elapsed, events, sink) = await RunOnceAsync(count);
        var cpuMs = ProcessStats.CpuMs() - cpuBefore;
        new ResultLine("pipeline", "dotnet-engine-outbox")
            .Add("count", count)
            .Add("events", events)
            .Add("messages", sink.Messages)
            .Add("chars", sink.Characters)
            .Add("elapsed_ms", elapsed.TotalMilliseconds)
            .Add("events_per_s", events / elapsed.TotalSeconds)
            .Add("run_cpu_ms", cpuMs)
            .Add("events_per_cpu_s", events / (cpuMs / 1000))
            .Add("processors", Environment.ProcessorCount)
            .AddProcessStats()
            .Print();
        return 0;
    }

    private static async Task<(TimeSpan Elapsed, long Events, SinkResponder Sink)> RunOnceAsync(int count)
    {
        if (!RacePlan.TryCreateUniform(count, TaskSeconds, RaceMode.Gather, RaceWork.Delay, 1, out var plan, out var error))
        {
            throw new ArgumentException(error);
        }

        var sink = new SinkResponder();
        var interaction = new Interaction("1", "2", InteractionType.ApplicationCommand, "token", new InteractionUser("3", "bench"));
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        var outbox = new RunOutbox(interaction, sink, time, NullLogger.Instance);
        await using (outbox)
        {
            var observer = new OutboxObserver(outbox);
            var result = await new RaceEngine(time).RunAsync(plan, observer);
            outbox.PostStandalone(RaceSummary.Render(result));
            await outbox.CompleteAsync();
            var elapsed = time.GetElapsedTime(start);
            if (result.FinishedCount != count || observer.Lines != 2L * count)
            {
                throw new InvalidOperationException($"{result.FinishedCount} of {count} finished, {observer.Lines} lines");
            }

            return (elapsed, observer.Events, sink);
        }
    }

    private sealed class OutboxObserver(RunOutbox outbox) : IRaceObserver
    {
        public long Events { get; private set; }

        public long Lines { get; private set; }

        public void OnEvent(in RaceEvent raceEvent)
        {
            Events++;
            if (RaceLines.Line(in raceEvent) is { } line)
            {
                outbox.Post(MessageText.EscapeMarkdown(line));
                Lines++;
            }
        }
    }
}
