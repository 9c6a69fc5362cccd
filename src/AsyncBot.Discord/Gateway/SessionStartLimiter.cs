namespace AsyncBot.Discord.Gateway;

/// <summary>
/// The daily Identify budget from <c>session_start_limit</c> of <c>GET /gateway/bot</c>: when <c>remaining</c> is
/// 0, wait for <c>reset_after</c> (going past the budget makes Discord end every session of the bot and may reset
/// the token). Also keeps <c>max_concurrency</c> for the <see cref="IIdentifyGate"/>, which paces the 5 s buckets.
/// Resume does not count. Not thread-safe: the reconnect loop owns it.
/// </summary>
internal sealed class SessionStartLimiter(TimeProvider time)
{
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>Identifies left until the daily reset, as far as this process knows.</summary>
    public int Remaining => _remaining;

    /// <summary><c>max_concurrency</c>: how many buckets may identify at once (1 until Discord says otherwise).</summary>
    public int MaxConcurrency { get; private set; } = 1;

    /// <summary>Whether the budget is spent and its reset has passed, so <c>/gateway/bot</c> should be asked again.</summary>
    public bool NeedsRefresh => _remaining <= 0 && time.GetUtcNow() >= _resetAt;

    /// <summary>Takes the numbers from a fresh <c>GET /gateway/bot</c>.</summary>
    public void Update(int remaining, TimeSpan resetAfter, int maxConcurrency)
    {
        _remaining = remaining;
        _resetAt = time.GetUtcNow() + (resetAfter < TimeSpan.Zero ? TimeSpan.Zero : resetAfter);
        MaxConcurrency = Math.Max(1, maxConcurrency);
    }

    /// <summary>How long to wait for the budget before the next Identify; zero when there is budget left.</summary>
    public TimeSpan GetDelay()
    {
        var now = time.GetUtcNow();
        return _remaining > 0 || _resetAt <= now ? TimeSpan.Zero : _resetAt - now;
    }

    /// <summary>Counts an Identify about to be sent.</summary>
    public void RecordIdentify() => _remaining--;
}
