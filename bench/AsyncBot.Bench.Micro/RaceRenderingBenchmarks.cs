using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using AsyncBot.Core.Rendering.Picture;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Bench.Micro;

/// <summary>
/// Rendering: one event's line (what every event costs on its way to Discord), the summary, the timeline
/// that must fit one message and the summary's PNG chart, for the tutorial's race and for 25 tasks in a compare run (two legs, the largest timeline).
/// Results come from the real engine on a fake clock, so they are identical on every run.
/// </summary>
[MemoryDiagnoser]
public class RaceRenderingBenchmarks
{
    private RaceEvent _finished;
    private RaceResult _tutorial = null!;
    private RaceResult _compare25 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var recorder = new RaceEventRecorder();
        _tutorial = Run("A:2 B:3 C:1", "gather", recorder);
        _finished = recorder.Events.First(e => e.Kind == RaceEventKind.TaskFinished);
        var spec = string.Join(' ', Enumerable.Range(1, 25).Select(i => $"Task{i}:{i * 0.1:0.0}"));
        _compare25 = Run(spec, "compare", RaceObservers.None);
    }

    [Benchmark(Baseline = true)]
    public string? LineFinished() => RaceLines.Line(in _finished);

    [Benchmark]
    public string SummaryTutorial() => RaceSummary.Render(_tutorial);

    [Benchmark]
    public string TimelineTutorial() => RaceTimeline.Render(_tutorial);

    [Benchmark]
    public string TimelineCompare25() => RaceTimeline.Render(_compare25);

    [Benchmark]
    public byte[] PictureTutorial() => RaceChart.RenderPng(_tutorial);

    private static RaceResult Run(string spec, string mode, IRaceObserver observer)
    {
        if (!RacePlanParser.TryParse(spec, mode, "delay", new RaceOptions(), out var plan, out var error))
        {
            throw new ArgumentException(error);
        }

        var clock = new FakeTimeProvider();
        var run = new RaceEngine(clock).RunAsync(plan, observer);
        while (!run.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(50));
            Thread.Sleep(1);
        }

        return run.Result;
    }
}
