using System.Globalization;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Makes fresh snowflake ids from the fake's clock (Discord epoch 2015, 22 low bits of counter).</summary>
internal sealed class FakeSnowflakes(Func<TimeProvider> time)
{
    private const long DiscordEpochMs = 1420070400000;
    private long _counter;

    public string Next()
    {
        var ms = Math.Max(0, time().GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        var increment = Interlocked.Increment(ref _counter) & 0x3FFFFF;
        return ((ms << 22) | increment).ToString(CultureInfo.InvariantCulture);
    }
}
