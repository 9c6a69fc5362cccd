namespace AsyncBot.Core.Fetch;

/// <summary>
/// Receives each <see cref="FetchEvent"/> as it happens. Calls never overlap and arrive in the order of their
/// offsets, but they come from the engine's worker threads: <see cref="OnEvent"/> must return at once (hand the
/// event to a channel or a console writer), because the fetches wait while it runs.
/// </summary>
public interface IFetchObserver
{
    /// <summary>Handles one event without blocking.</summary>
    void OnEvent(FetchEvent fetchEvent);
}
