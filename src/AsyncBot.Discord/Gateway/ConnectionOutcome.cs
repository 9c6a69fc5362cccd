namespace AsyncBot.Discord.Gateway;

/// <summary>How one connection ended, which the reconnect loop turns into the next step.</summary>
/// <param name="End">Why it ended.</param>
/// <param name="ReachedReady">Whether READY or RESUMED arrived on it.</param>
/// <param name="CloseCode">The server's close code, for <see cref="ConnectionEnd.ServerClosed"/>.</param>
/// <param name="Resumable">Op 9's <c>d</c>, for <see cref="ConnectionEnd.InvalidSession"/>.</param>
internal sealed record ConnectionOutcome(ConnectionEnd End, bool ReachedReady, int? CloseCode = null, bool Resumable = false);

/// <summary>Why a connection ended.</summary>
internal enum ConnectionEnd
{
    /// <summary>The host is stopping; the connection was closed with 1000.</summary>
    Shutdown,
    /// <summary>The WebSocket could not be opened.</summary>
    ConnectFailed,
    /// <summary>No Hello arrived in time.</summary>
    HelloTimeout,
    /// <summary>The socket dropped without a close frame.</summary>
    NetworkDrop,
    /// <summary>Discord closed the connection; see the close code.</summary>
    ServerClosed,
    /// <summary>Op 7: Discord asked for a reconnect.</summary>
    Reconnect,
    /// <summary>Op 9: the session could not be identified or resumed.</summary>
    InvalidSession,
    /// <summary>A heartbeat went unacknowledged: the connection was a zombie.</summary>
    Zombie,
}
