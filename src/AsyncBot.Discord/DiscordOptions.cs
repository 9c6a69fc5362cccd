namespace AsyncBot.Discord;

/// <summary>The <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>Bot token; the environment variable <c>DISCORD_TOKEN</c> is accepted too. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// REST base. Every other Discord address derives from this and from the URL <c>GET /gateway/bot</c> returns,
    /// so tests can point the whole client at a loopback fake.
    /// </summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>When set, commands are registered to this guild (instant) instead of globally (slow to propagate).</summary>
    public ulong? GuildId { get; set; }

    /// <summary>This process's shard; 0 receives DMs.</summary>
    public int ShardId { get; set; }

    /// <summary>Total shards; 1 is right for any bot under 2500 guilds.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// How interactions arrive: over the gateway (the default: no public address needed) or as signed HTTP POSTs to
    /// the bot's Interactions Endpoint URL, which any replica behind a load balancer can answer.
    /// </summary>
    public InteractionDelivery Interactions { get; set; } = InteractionDelivery.Gateway;

    /// <summary>
    /// The application's public key (64 hex digits, Developer Portal → General Information). Required with
    /// <see cref="InteractionDelivery.Http"/>: every interaction POST is checked against it.
    /// </summary>
    public string? PublicKey { get; set; }

    /// <summary>
    /// Whether this process registers the slash commands at start. True by default; with several replicas set it on
    /// one of them only (the others would find the definitions unchanged anyway and skip the overwrite).
    /// </summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>Whether a token is configured, so the host knows to run the Discord worker.</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(Token);
}
