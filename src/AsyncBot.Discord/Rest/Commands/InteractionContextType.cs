namespace AsyncBot.Discord.Rest.Commands;

/// <summary>Where a command can be used (Discord's numbering).</summary>
public enum InteractionContextType
{
    /// <summary>In a server channel.</summary>
    Guild = 0,
    /// <summary>In a DM with the bot.</summary>
    BotDm = 1,
    /// <summary>In other DMs and group DMs (user-installed apps only).</summary>
    PrivateChannel = 2,
}
