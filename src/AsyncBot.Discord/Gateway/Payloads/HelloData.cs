using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary><c>d</c> of op 10 Hello.</summary>
internal sealed class HelloData
{
    /// <summary>Milliseconds between heartbeats.</summary>
    [JsonRequired]
    public double HeartbeatInterval { get; set; }
}
