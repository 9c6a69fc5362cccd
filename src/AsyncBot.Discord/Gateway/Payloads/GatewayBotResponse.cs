using System.Text.Json.Serialization;

namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>The body of <c>GET /gateway/bot</c>.</summary>
internal sealed class GatewayBotResponse
{
    [JsonRequired]
    public string Url { get; set; } = string.Empty;

    public int Shards { get; set; }

    public StartLimit? SessionStartLimit { get; set; }

    /// <summary><c>session_start_limit</c>; <c>reset_after</c> is in milliseconds.</summary>
    internal sealed class StartLimit
    {
        public int Total { get; set; }

        public int Remaining { get; set; }

        public long ResetAfter { get; set; }

        public int MaxConcurrency { get; set; } = 1;
    }
}
