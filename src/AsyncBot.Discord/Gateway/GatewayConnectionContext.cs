using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Gateway;

/// <summary>What every connection of one client shares. A class, not a record: nothing here should be printed.</summary>
internal sealed class GatewayConnectionContext
{
    public required DiscordToken Token { get; init; }

    public required int ShardId { get; init; }

    public required int ShardCount { get; init; }

    public required GatewaySessionState Session { get; init; }

    public required GatewayDispatchHandler Dispatcher { get; init; }

    public required GatewayOptions Options { get; init; }

    public required TimeProvider Time { get; init; }

    public required Random Random { get; init; }

    public required ILogger Logger { get; init; }

    /// <summary>Called with READY's data, or null for RESUMED.</summary>
    public required Action<ReadyInfo?> OnSessionReady { get; init; }

    /// <summary>Called with the round trip of each acknowledged heartbeat.</summary>
    public required Action<TimeSpan> OnHeartbeatAck { get; init; }

    /// <summary>Called just before an Identify frame is sent (the identify gate restarts its bucket's window).</summary>
    public Action? OnIdentifySending { get; init; }
}
