namespace AsyncBot.Discord.Gateway;

/// <summary>Why the reconnect loop is waiting (for logs and tests).</summary>
internal enum GatewayWaitReason
{
    /// <summary>Between reconnect attempts.</summary>
    Backoff,
    /// <summary>The 1–5 s pause after op 9.</summary>
    InvalidSession,
    /// <summary>The shard's rate-limit bucket identified less than 5 s ago (here or in another process).</summary>
    IdentifyPacing,
    /// <summary>The daily identify budget is spent; waiting for Discord's reset.</summary>
    SessionStartReset,
}
