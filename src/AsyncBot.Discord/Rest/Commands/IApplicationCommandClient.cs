namespace AsyncBot.Discord.Rest.Commands;

/// <summary>Lists and bulk-overwrites the application's slash commands, globally or for one guild.</summary>
/// <remarks>Every call is a bot route: it needs <c>Discord:Token</c> and counts against the global limit.</remarks>
public interface IApplicationCommandClient
{
    /// <summary><c>GET /applications/:id/commands</c>.</summary>
    Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(string applicationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /applications/:id/commands</c>: replaces all global commands with <paramref name="commands"/>; Discord keeps
    /// the ids of names that already exist and deletes the rest. Global changes reach clients slowly.
    /// </summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        string applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default);

    /// <summary><c>GET /applications/:id/guilds/:guild_id/commands</c>.</summary>
    Task<IReadOnlyList<ApplicationCommand>> GetGuildCommandsAsync(string applicationId, string guildId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /applications/:id/guilds/:guild_id/commands</c>: like the global overwrite, but instant.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        string applicationId, string guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default);
}
