namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Tuning of the gateway client. Token, API base URL and sharding come from <see cref="DiscordOptions"/>; nothing
/// here needs changing in normal use, which is why it is set in code (<c>AddDiscordGateway(o => …)</c>), not config.
/// </summary>
public sealed class GatewayOptions
{
    /// <summary>
    /// How many recent interaction ids are remembered to drop repeated deliveries. Default 1024: far more than a
    /// bot like this receives in the 15 minutes an interaction can still be answered.
    /// </summary>
    public int RecentInteractionCapacity { get; set; } = 1024;

    /// <summary>How long opening the WebSocket may take. Default 30 s, well past any healthy TLS handshake.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for Hello after connecting. Default 30 s; Discord sends it at once.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to wait for the other side's close frame before dropping the socket. Default 5 s: a zombie never
    /// answers, and shutdown should not hang on one.
    /// </summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
