namespace AsyncBot.FakeDiscord;

/// <summary>Fresh snowflakes: Discord's layout (ms since 2015 in the top bits), unique within the process.</summary>
public static class FakeSnowflakes
{
    private const long DiscordEpochMs = 1_420_070_400_000;
    private static long _counter;

    /// <summary>A new snowflake string.</summary>
    public static string Next(TimeProvider? time = null)
    {
        // A FakeTimeProvider starts in 2000, before Discord's epoch: clamp rather than make negative ids.
        var ms = Math.Max(0, (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        var increment = Interlocked.Increment(ref _counter) & 0x3FFFFF;
        return ((ms << 22) | increment).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
