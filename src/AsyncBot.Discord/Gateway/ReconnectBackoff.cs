namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Delays between reconnect attempts: 1, 2, 5, 10, then 30 s forever, each scaled by a random factor in
/// [0.75, 1.25) so many bots cut off together do not return together. It never gives up; only a fatal close code
/// stops the gateway. <see cref="Reset"/> after READY or RESUMED starts the sequence over.
/// </summary>
internal sealed class ReconnectBackoff(Random random)
{
    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(2),
        TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(30),
    ];

    private int _attempt;

    /// <summary>The delay before the next attempt; each call moves one step along the sequence.</summary>
    public TimeSpan Next()
    {
        var step = Steps[Math.Min(_attempt, Steps.Length - 1)];
        if (_attempt < Steps.Length)
        {
            _attempt++;
        }

        return step * (0.75 + (0.5 * random.NextDouble()));
    }

    /// <summary>
    /// The wait after op 9 Invalid Session: uniform in [1, 5) s, as Discord's docs advised, so a fleet of bots told
    /// to re-identify at once does not stampede the identify limit.
    /// </summary>
    public TimeSpan NextInvalidSessionDelay() => TimeSpan.FromSeconds(1 + (4 * random.NextDouble()));

    /// <summary>Starts the sequence over after a healthy connection.</summary>
    public void Reset() => _attempt = 0;
}
