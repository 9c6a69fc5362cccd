using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>
/// The fields of an <c>INTERACTION_CREATE</c> <c>d</c> this client maps; everything else is skipped.
/// A class, not a record, so no generated <c>ToString</c> can print the interaction token.
/// </summary>
internal sealed class InteractionPayload
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public string ApplicationId { get; set; } = string.Empty;

    [JsonRequired]
    public int Type { get; set; }

    [JsonRequired]
    public string Token { get; set; } = string.Empty;

    public DataPart? Data { get; set; }

    public string? GuildId { get; set; }

    public string? ChannelId { get; set; }

    public SnowflakeRef? Channel { get; set; }

    public MemberPart? Member { get; set; }

    public UserPart? User { get; set; }

    public SnowflakeRef? Message { get; set; }

    public string? Locale { get; set; }

    /// <summary>Command data (types 2, 4) or component data (types 3, 5).</summary>
    internal sealed class DataPart
    {
        public string? Name { get; set; }

        public List<OptionPart>? Options { get; set; }

        public string? CustomId { get; set; }

        public int? ComponentType { get; set; }
    }

    /// <summary>One option: a value, or nested options for subcommands.</summary>
    internal sealed class OptionPart
    {
        [JsonRequired]
        public string Name { get; set; } = string.Empty;

        public int Type { get; set; }

        public JsonElement? Value { get; set; }

        public List<OptionPart>? Options { get; set; }
    }

    /// <summary>A guild member; only its user matters.</summary>
    internal sealed class MemberPart
    {
        public UserPart? User { get; set; }
    }

    /// <summary>A user.</summary>
    internal sealed class UserPart
    {
        [JsonRequired]
        public string Id { get; set; } = string.Empty;

        public string? Username { get; set; }

        public string? GlobalName { get; set; }
    }
}
