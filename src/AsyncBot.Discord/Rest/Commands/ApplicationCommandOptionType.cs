namespace AsyncBot.Discord.Rest.Commands;

/// <summary>Option types (Discord's numbering).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The names are Discord's documented option types.")]
public enum ApplicationCommandOptionType
{
    /// <summary>A subcommand (nested options are not modelled here).</summary>
    SubCommand = 1,
    /// <summary>A group of subcommands.</summary>
    SubCommandGroup = 2,
    /// <summary>Text.</summary>
    String = 3,
    /// <summary>Whole number within ±2^53.</summary>
    Integer = 4,
    /// <summary>True or false.</summary>
    Boolean = 5,
    /// <summary>A user.</summary>
    User = 6,
    /// <summary>A channel.</summary>
    Channel = 7,
    /// <summary>A role.</summary>
    Role = 8,
    /// <summary>A user or role.</summary>
    Mentionable = 9,
    /// <summary>A double.</summary>
    Number = 10,
    /// <summary>An uploaded file.</summary>
    Attachment = 11,
}
