using AsyncBot.Core.Race;

namespace AsyncBot.Bench.Race;

/// <summary>
/// AsyncBot's <see cref="RaceEngine"/> in gather mode with delay work. With events, an observer takes every task's
/// Started and Finished (the engine builds and delivers all of them under its lock, as for <c>/race</c>); without,
/// the engine still keeps a timed record per task but builds no task events (what a scale run with <c>--json</c>
/// above 1000 tasks does).
/// </summary>
/// <param name="withEvents">Whether the observer asks for task events.</param>
public sealed class EngineRace(bool withEvents) : IRaceImplementation
{
    private readonly RaceEngine _engine = new(TimeProvider.System);

    public async Task<RaceRunTiming> RunAsync(int count, double seconds, CancellationToken cancellationToken = default)
    {
        var time = TimeProvider.System;
        var setupStart = time.GetTimestamp();
        if (!RacePlan.TryCreateUniform(count, seconds, RaceMode.Gather, RaceWork.Delay, seconds, out var plan, out var error))
        {
            throw new ArgumentException(error);
        }

        var setup = time.GetElapsedTime(setupStart);
        var observer = new CountingObserver(withEvents);
        var start = time.GetTimestamp();
        var result = await _engine.RunAsync(plan, observer, cancellationToken);
        var elapsed = time.GetElapsedTime(start);
        if (result.Outcome != RaceOutcome.Finished || result.FinishedCount != count)
        {
            throw new InvalidOperationException($"the race ended {result.Outcome} with {result.FinishedCount} of {count} finished: {result.Error}");
        }

        var expectedEvents = withEvents ? (2L * count) + 2 : 2;
        if (observer.Count != expectedEvents)
        {
            throw new InvalidOperationException($"the observer saw {observer.Count} events, expected {expectedEvents}");
        }

        return new RaceRunTiming(elapsed, setup, observer.Count, observer.LastStarted, observer.FirstFinished, observer.LastFinished);
    }
}
