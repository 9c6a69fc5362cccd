namespace AsyncBot.Discord.Gateway;

/// <summary>A frame the send queue sends; its bytes are built at send time so a heartbeat carries the newest sequence.</summary>
internal enum OutboundKind
{
    Heartbeat = GatewayOpCode.Heartbeat,
    Identify = GatewayOpCode.Identify,
    Resume = GatewayOpCode.Resume,
}
