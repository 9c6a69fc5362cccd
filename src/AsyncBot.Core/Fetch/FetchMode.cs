namespace AsyncBot.Core.Fetch;

/// <summary>How the URLs of one run are fetched.</summary>
public enum FetchMode
{
    /// <summary>All at once (bounded by <see cref="FetchOptions.MaxConcurrency"/>), like the tutorial's <c>asyncio.gather</c>.</summary>
    Concurrent,

    /// <summary>One after another, like the tutorial's <c>requests.get</c> loop.</summary>
    Sequential,

    /// <summary>Sequential first, then concurrent, with the ratio of their elapsed times.</summary>
    Compare,
}
