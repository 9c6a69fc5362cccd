namespace AsyncBot.Discord.Gateway;

/// <summary>What a dispatch did to the session.</summary>
internal enum DispatchEffect
{
    /// <summary>Nothing the connection cares about.</summary>
    None,
    /// <summary>READY: a new session is live.</summary>
    Ready,
    /// <summary>RESUMED: the old session is live again.</summary>
    Resumed,
}
