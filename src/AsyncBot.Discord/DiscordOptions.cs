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

    /// <summary>Whether a token is configured, so the host knows to run the Discord worker.</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(Token);
}
