namespace AsyncBot.Discord.Gateway;

/// <summary>
/// The one place that maps a gateway close code to the next step (docs/discord-client.md, "Close codes"; following
/// @discordjs/ws). Unknown codes, and 1000/1001/1006 sent by the server, try a resume first: a resume that fails
/// costs one round trip, while a needless Identify spends the daily identify budget and loses queued events.
/// </summary>
internal static class GatewayClosePolicy
{
    /// <summary>
    /// The code this client closes with when it means to resume (zombie, op 7, op 9). Anything but 1000/1001 keeps
    /// the session alive on Discord's side; 4900 is in the private range, so it is never confused with Discord's own.
    /// </summary>
    public const int ResumableCloseCode = 4900;

    /// <summary>The code this client closes with on shutdown: it ends the session so the bot goes offline at once.</summary>
    public const int ShutdownCloseCode = 1000;

    /// <summary>Decides the next step for a close code; null means the socket dropped without a close frame.</summary>
    public static GatewayCloseAction Decide(int? closeCode) => closeCode switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayCloseAction.Stop,
        4003 or 4007 or 4009 => GatewayCloseAction.Identify,
        _ => GatewayCloseAction.Resume,
    };

    /// <summary>The operator-facing sentence for a fatal close code: what happened and what to fix.</summary>
    public static string DescribeFatal(int closeCode) => closeCode switch
    {
        4004 => "Discord rejected the token (close 4004): check DISCORD_TOKEN (Discord:Token)",
        4010 => "Discord rejected the shard (close 4010): check Discord:ShardId and Discord:ShardCount",
        4011 => "Discord requires more shards (close 4011): raise Discord:ShardCount",
        4012 => "Discord rejected the gateway version (close 4012): this build speaks v10; update AsyncBot",
        4013 => "Discord rejected the intents (close 4013): AsyncBot sends intents 0; update AsyncBot",
        4014 => "Discord refused a privileged intent (close 4014): enable it in the Developer Portal or stop requesting it",
        _ => $"Discord closed the gateway for good (close {closeCode})",
    };
}
