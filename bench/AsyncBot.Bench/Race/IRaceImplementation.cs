namespace AsyncBot.Bench.Race;

/// <summary>One way of running N delays at once and waiting for all of them.</summary>
public interface IRaceImplementation
{
    /// <summary>Runs <paramref name="count"/> tasks of <paramref name="seconds"/> each, all at once.</summary>
    Task<RaceRunTiming> RunAsync(int count, double seconds, CancellationToken cancellationToken = default);
}
