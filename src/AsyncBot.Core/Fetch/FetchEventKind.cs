namespace AsyncBot.Core.Fetch;

/// <summary>What happened to one URL.</summary>
public enum FetchEventKind
{
    /// <summary>The request is about to be sent (its concurrency slot is taken).</summary>
    Started,

    /// <summary>A response arrived and its body was read (any status, 4xx and 5xx included).</summary>
    Finished,

    /// <summary>No response: DNS, connection, TLS, protocol, redirect limit or timeout.</summary>
    Failed,

    /// <summary>The URL or a redirect target broke the safety policy; nothing was sent to it.</summary>
    Refused,

    /// <summary>The run was cancelled before this URL finished.</summary>
    Cancelled,
}
