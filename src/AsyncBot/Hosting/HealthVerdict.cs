namespace AsyncBot.Hosting;

/// <summary>
/// What <c>healthcheck</c> concludes from the status file. Degraded is healthy for the container (exit 0) but
/// says so in its own word: the bot answers everyone, yet something it shares with its replicas — the run store —
/// is away, which restarting this replica would not fix.
/// </summary>
/// <param name="Healthy">Whether the bot is ready for Discord; the exit code follows this alone.</param>
/// <param name="Degraded">Whether, though ready, it cannot reach the run store.</param>
/// <param name="Reason">The rest of the line: what is ready or not, and the store's state when one is configured.</param>
internal readonly record struct HealthVerdict(bool Healthy, bool Degraded, string Reason)
{
    /// <summary>The one line <c>healthcheck</c> prints: <c>healthy: …</c>, <c>degraded: …</c> or <c>unhealthy: …</c>.</summary>
    public string Line => (!Healthy ? "unhealthy: " : Degraded ? "degraded: " : "healthy: ") + Reason;
}
