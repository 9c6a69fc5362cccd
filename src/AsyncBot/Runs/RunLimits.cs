namespace AsyncBot.Runs;

/// <summary>Time bounds that keep every run inside the life of its interaction token.</summary>
internal static class RunLimits
{
    /// <summary>
    /// A run still going at this age is cancelled, whatever its plan said (CPU-bound work can overrun it), so its
    /// summary still gets out before Discord revokes the 15-minute interaction token.
    /// </summary>
    public static readonly TimeSpan Watchdog = Discord.DiscordLimits.InteractionTokenLifetime - TimeSpan.FromMinutes(1);
}
