namespace AsyncBot.Core.Race;

/// <summary>Ready-made observers.</summary>
public static class RaceObservers
{
    /// <summary>
    /// Ignores everything, for callers that only want the result. It declines task events, so the engine does
    /// not even build them.
    /// </summary>
    public static IRaceObserver None { get; } = new CompositeRaceObserver([]);

    /// <summary>
    /// Passes every event to each observer in turn, e.g. a console printer and a JSON recorder. Use a new
    /// combination per run: it remembers which observers declined the current run's task events.
    /// </summary>
    /// <param name="observers">The observers, called in this order.</param>
    public static IRaceObserver Combine(params IRaceObserver[] observers)
    {
        ArgumentNullException.ThrowIfNull(observers);
        return observers.Length == 1 ? observers[0] : new CompositeRaceObserver([.. observers]);
    }
}
