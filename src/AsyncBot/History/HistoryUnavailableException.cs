namespace AsyncBot.History;

/// <summary>The history database could not answer (down, unwritable, or too slow for a reply to wait).</summary>
public sealed class HistoryUnavailableException : Exception
{
    public HistoryUnavailableException()
    {
    }

    public HistoryUnavailableException(string message)
        : base(message)
    {
    }

    public HistoryUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
