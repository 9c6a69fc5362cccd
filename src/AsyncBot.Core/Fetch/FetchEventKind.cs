namespace AsyncBot.Core.Fetch;

/// <summary>
/// What happened to one URL. Every URL of a leg gets exactly one ending (Finished, Failed, Refused or Cancelled);
/// Started comes before it only when a request was begun — not for URLs refused by the checks that need no network,
/// nor for URLs cancelled before their turn.
/// </summary>
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
