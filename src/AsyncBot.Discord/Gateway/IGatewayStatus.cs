namespace AsyncBot.Discord.Gateway;

/// <summary>Read-only view of the gateway session, for the host (command registration, health check).</summary>
public interface IGatewayStatus
{
    /// <summary>The current state.</summary>
    GatewayState State { get; }

    /// <summary>What the last READY said; null before the first.</summary>
    ReadyInfo? Ready { get; }

    /// <summary>Raised after every READY (not after RESUMED). Handlers must not block.</summary>
    event Action<ReadyInfo>? ReadyReceived;
}

/// <summary>The parts of READY the bot uses.</summary>
/// <param name="ApplicationId">Application snowflake.</param>
/// <param name="BotUserId">The bot user's snowflake.</param>
/// <param name="SessionId">Gateway session id (for logs).</param>
public sealed record ReadyInfo(string ApplicationId, string BotUserId, string SessionId);
