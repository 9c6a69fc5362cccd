namespace AsyncBot.Core.Race;

/// <summary>A race in progress: its events as they happen, and its result when it is over.</summary>
/// <param name="Events">Every event in order; completes after the last one.</param>
/// <param name="Result">The run's result; never faults (see <see cref="RaceEngine.RunAsync"/>).</param>
public sealed record LiveRace(System.Threading.Channels.ChannelReader<RaceEvent> Events, Task<RaceResult> Result)
{
    /// <summary>The events as an async sequence, for <c>await foreach</c>.</summary>
    /// <param name="cancellationToken">Stops reading (not the run).</param>
    public IAsyncEnumerable<RaceEvent> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Events.ReadAllAsync(cancellationToken);
}
