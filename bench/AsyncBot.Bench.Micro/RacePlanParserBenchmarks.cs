using AsyncBot.Core.Race;
using BenchmarkDotNet.Attributes;

namespace AsyncBot.Bench.Micro;

/// <summary>Parsing what a user typed into <c>/race</c>: the tutorial's three tasks and a full 25-task list.</summary>
[MemoryDiagnoser]
public class RacePlanParserBenchmarks
{
    private static readonly RaceOptions Limits = new();
    private static readonly string FullSpec = string.Join(' ', Enumerable.Range(1, 25).Select(i => $"Task{i}:{i * 0.1:0.0}"));

    [Benchmark(Baseline = true)]
    public RacePlan? TutorialTasks() => RacePlanParser.TryParse("A:2 B:3 C:1", "gather", "delay", Limits, out var plan, out _) ? plan : null;

    [Benchmark]
    public RacePlan? TwentyFiveTasks() => RacePlanParser.TryParse(FullSpec, "as-completed", "delay", Limits, out var plan, out _) ? plan : null;
}
