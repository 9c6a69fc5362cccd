using System.Globalization;

namespace AsyncBot.Playground.Chat;

/// <summary>
/// Discord-shaped ids (milliseconds since 2015 in the high bits, a counter below), so the handlers see the same kind
/// of ids as in Discord and ids sort by time.
/// </summary>
internal sealed class Snowflakes
{
    private static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _timeProvider;
    private long _last;

    public Snowflakes(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>A new id, greater than every one before it.</summary>
    public string Next()
    {
        var stamp = (long)(_timeProvider.GetUtcNow() - DiscordEpoch).TotalMilliseconds << 22;
        long next;
        long last;
        do
        {
            last = Interlocked.Read(ref _last);
            next = Math.Max(stamp, last + 1);
        }
        while (Interlocked.CompareExchange(ref _last, next, last) != last);

        return next.ToString(CultureInfo.InvariantCulture);
    }
}
