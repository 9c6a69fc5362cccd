namespace AsyncBot.Discord.Rest.Commands;

/// <summary>
/// A slash command (CHAT_INPUT) as the bot wants it registered, independent of the wire. Compare it with what
/// Discord holds using <see cref="ApplicationCommandComparer"/>.
/// </summary>
/// <param name="Name">1–32 lower-case letters, digits, <c>-</c> or <c>_</c>.</param>
/// <param name="Description">1–100 characters.</param>
public sealed record ApplicationCommandDefinition(string Name, string Description)
{
    /// <summary>Options in display order (at most 25).</summary>
    public IReadOnlyList<ApplicationCommandOptionDefinition> Options { get; init; } = [];

    /// <summary>Where the command can be used; null leaves Discord's default (everywhere the install allows).</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    /// <summary>Install types the command is available for; null is Discord's default, guild install only.</summary>
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }

    /// <summary>Permission bitfield required by default; null lets everyone use it, <c>"0"</c> admins only.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Age-restricted.</summary>
    public bool Nsfw { get; init; }
}
