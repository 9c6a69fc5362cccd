namespace AsyncBot.Core.Fetch;

/// <summary>Why a URL got no response, coarse enough to act on.</summary>
public enum FetchFailureKind
{
    /// <summary>No failure.</summary>
    None,

    /// <summary>Refused by the safety policy.</summary>
    Refused,

    /// <summary>The name could not be resolved (also what an offline machine reports).</summary>
    Dns,

    /// <summary>The network or host is unreachable from here.</summary>
    Network,

    /// <summary>The connection was refused, reset or closed early.</summary>
    Connection,

    /// <summary>The per-URL time limit ran out.</summary>
    Timeout,

    /// <summary>The TLS handshake failed (bad certificate, protocol mismatch).</summary>
    Tls,

    /// <summary>The server spoke invalid HTTP.</summary>
    Protocol,

    /// <summary>Too many redirects, or a redirect without a usable target.</summary>
    Redirect,

    /// <summary>The run was cancelled.</summary>
    Cancelled,
}
