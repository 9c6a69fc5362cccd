using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.Rest.Commands;

/// <summary><see cref="IApplicationCommandClient"/> over <see cref="DiscordRestClient"/>.</summary>
public sealed class ApplicationCommandClient(DiscordRestClient rest) : IApplicationCommandClient
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        SendAsync(RestRequest.Create(DiscordRoutes.GlobalCommands(HttpMethod.Get, applicationId)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        string applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default) =>
        SendAsync(Overwrite(DiscordRoutes.GlobalCommands(HttpMethod.Put, applicationId), commands), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ApplicationCommand>> GetGuildCommandsAsync(string applicationId, string guildId, CancellationToken cancellationToken = default) =>
        SendAsync(RestRequest.Create(DiscordRoutes.GuildCommands(HttpMethod.Get, applicationId, guildId)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        string applicationId, string guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default) =>
        SendAsync(Overwrite(DiscordRoutes.GuildCommands(HttpMethod.Put, applicationId, guildId), commands), cancellationToken);

    private static RestRequest Overwrite(RestRoute route, IReadOnlyList<ApplicationCommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var body = commands.Select(ApplicationCommandMapper.ToBody).ToList();
        return RestRequest.Json(route, body, DiscordRestJsonContext.Default.ListApplicationCommandBody);
    }

    private async Task<IReadOnlyList<ApplicationCommand>> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        var response = await rest.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var bodies = response.Read(DiscordRestJsonContext.Default.ListApplicationCommandBody);
        return bodies.Select(ApplicationCommandMapper.FromBody).ToList();
    }
}
