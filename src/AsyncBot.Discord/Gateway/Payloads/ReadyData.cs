using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>The parts of READY's <c>d</c> this client uses; the rest (guilds, <c>_trace</c>, …) is skipped.</summary>
internal sealed class ReadyData
{
    [JsonRequired]
    public string SessionId { get; set; } = string.Empty;

    [JsonRequired]
    public string ResumeGatewayUrl { get; set; } = string.Empty;

    public SnowflakeRef? User { get; set; }

    public SnowflakeRef? Application { get; set; }
}
