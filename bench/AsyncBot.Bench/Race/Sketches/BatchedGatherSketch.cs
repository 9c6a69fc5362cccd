using AsyncBot.Core.Race;

namespace AsyncBot.Bench.Race.Sketches;

/// <summary>
/// NOT the engine: a sketch of a change to <c>RaceLegRunner</c>'s gather-with-delay path, measured beside the real
/// engine to show what would close its gap to the floor. It keeps what the engine promises — a timed record per
/// task, Started and Finished events built and delivered one at a time under one lock, offsets from one clock,
/// tasks due in the same millisecond sharing one timer — but completes each shared timer's tasks as a batch: one
/// callback per timer takes the lock once, reads the clock once, records and announces every task due then, and
/// counts them off. The engine instead gives every task an async method whose continuation the shared timer
/// schedules to the thread pool one by one (a <see cref="Task"/> with many awaiters inlines only the first), each
/// taking the lock and reading the clock again, and it reads the clock twice per start.
/// </summary>
/// <param name="withEvents">Whether the observer asks for task events.</param>
public sealed class BatchedGatherSketch(bool withEvents) : IRaceImplementation
{
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
        var leg = new SketchLeg(plan, observer, time, observer.WantsTaskEvents(count));
        await leg.RunAsync(cancellationToken);
        var elapsed = time.GetElapsedTime(start);
        if (leg.Finished != count)
        {
            throw new InvalidOperationException($"{leg.Finished} of {count} finished");
        }

        return new RaceRunTiming(elapsed, setup, observer.Count, observer.LastStarted, observer.FirstFinished, observer.LastFinished);
    }
}
