namespace AsyncBot.Discord.Gateway;

/// <summary>The gateway opcodes this client sends or understands (Discord's numbering).</summary>
internal enum GatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
