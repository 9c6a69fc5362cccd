namespace AsyncBot.Playground;

/// <summary>
/// The fixed ids of the playground's pretend application, server and channel. They only have to look like Discord's:
/// handlers pass them around but never call Discord with them here.
/// </summary>
internal static class PlaygroundIds
{
    /// <summary>The application id in interactions.</summary>
    public const string ApplicationId = "1000000000000000001";

    /// <summary>The guild id in interactions.</summary>
    public const string GuildId = "1000000000000000002";

    /// <summary>The channel id in interactions.</summary>
    public const string ChannelId = "1000000000000000003";

    /// <summary>The bot's user id, the author of its messages.</summary>
    public const string BotUserId = "1000000000000000004";

    /// <summary>The bot's display name.</summary>
    public const string BotName = "AsyncBot";
}
