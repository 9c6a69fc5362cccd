namespace AsyncBot.Bench.Race;

/// <summary>
/// The floor: <c>Task.WhenAll</c> over bare <c>Task.Delay</c>s, with no records, no events and no names — what the
/// runtime itself costs for N pending timers.
/// </summary>
public sealed class RawFloorRace : IRaceImplementation
{
    public async Task<RaceRunTiming> RunAsync(int count, double seconds, CancellationToken cancellationToken = default)
    {
        var delay = TimeSpan.FromSeconds(seconds);
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        var tasks = new Task[count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = Task.Delay(delay, cancellationToken);
        }

        var started = time.GetElapsedTime(start);
        await Task.WhenAll(tasks);
        return new RaceRunTiming(time.GetElapsedTime(start), TimeSpan.Zero, 0, started);
    }
}
