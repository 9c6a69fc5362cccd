using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Rest.Json;

/// <summary>An application command as sent in a bulk overwrite and as returned (with id, version …).</summary>
internal sealed class ApplicationCommandBody
{
    public string? Id { get; init; }

    public string? ApplicationId { get; init; }

    public string? Version { get; init; }

    public string? GuildId { get; init; }

    public int? Type { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public IReadOnlyList<ApplicationCommandOptionBody>? Options { get; init; }

    /// <summary>Always written: <c>null</c> means everyone may use the command.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? DefaultMemberPermissions { get; init; }

    public IReadOnlyList<int>? Contexts { get; init; }

    public IReadOnlyList<int>? IntegrationTypes { get; init; }

    public bool? Nsfw { get; init; }
}
