namespace AsyncBot.Discord.Gateway;

/// <summary>What to do after a connection closed.</summary>
internal enum GatewayCloseAction
{
    /// <summary>Reconnect to the resume URL and continue the session.</summary>
    Resume,
    /// <summary>Forget the session; open a new one with Identify.</summary>
    Identify,
    /// <summary>Retrying cannot help: stop and tell the operator what to fix.</summary>
    Stop,
}
