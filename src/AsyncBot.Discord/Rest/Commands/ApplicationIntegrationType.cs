namespace AsyncBot.Discord.Rest.Commands;

/// <summary>How the app is installed for a command to be available (Discord's numbering).</summary>
public enum ApplicationIntegrationType
{
    /// <summary>Installed to a server.</summary>
    GuildInstall = 0,
    /// <summary>Installed to a user.</summary>
    UserInstall = 1,
}
