namespace AsyncBot.Discord.Gateway;

/// <summary>Where the gateway session stands, for logs and the health check.</summary>
public enum GatewayState
{
    /// <summary>Not connected (not started, backing off, or stopped).</summary>
    Disconnected,
    /// <summary>Opening a connection and identifying.</summary>
    Connecting,
    /// <summary>READY or RESUMED received: interactions flow.</summary>
    Ready,
    /// <summary>Reconnecting to resume the session.</summary>
    Resuming,
    /// <summary>Stopped for good by a fatal close code (bad token, invalid shard, intents).</summary>
    Failed,
}
