namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Paces Identify by <c>session_start_limit</c> from <c>GET /gateway/bot</c>: when <c>remaining</c> is 0, wait for
/// <c>reset_after</c> (going past 1000 identifies a day makes Discord reset the token), and allow at most
/// <c>max_concurrency</c> identifies per 5 s. Resume does not count. Not thread-safe: the reconnect loop owns it.
/// </summary>
internal sealed class SessionStartLimiter(TimeProvider time)
{
    /// <summary>The window <c>max_concurrency</c> applies to.</summary>
    public static readonly TimeSpan ConcurrencyWindow = TimeSpan.FromSeconds(5);

    private readonly Queue<DateTimeOffset> _recent = new();
    private int _remaining = int.MaxValue;
    private int _maxConcurrency = 1;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>Identifies left until the daily reset, as far as this process knows.</summary>
    public int Remaining => _remaining;

    /// <summary>Whether the budget is spent and its reset has passed, so <c>/gateway/bot</c> should be asked again.</summary>
    public bool NeedsRefresh => _remaining <= 0 && time.GetUtcNow() >= _resetAt;

    /// <summary>Takes the numbers from a fresh <c>GET /gateway/bot</c>.</summary>
    public void Update(int remaining, TimeSpan resetAfter, int maxConcurrency)
    {
        _remaining = remaining;
        _resetAt = time.GetUtcNow() + (resetAfter < TimeSpan.Zero ? TimeSpan.Zero : resetAfter);
        _maxConcurrency = Math.Max(1, maxConcurrency);
    }

    /// <summary>How long to wait before the next Identify; zero when it may go now.</summary>
    public TimeSpan GetDelay()
    {
        var now = time.GetUtcNow();
        if (_remaining <= 0)
        {
            return _resetAt > now ? _resetAt - now : TimeSpan.Zero;
        }

        while (_recent.Count > 0 && _recent.Peek() + ConcurrencyWindow <= now)
        {
            _recent.Dequeue();
        }

        return _recent.Count < _maxConcurrency ? TimeSpan.Zero : _recent.Peek() + ConcurrencyWindow - now;
    }

    /// <summary>Counts an Identify about to be sent.</summary>
    public void RecordIdentify()
    {
        _remaining--;
        _recent.Enqueue(time.GetUtcNow());
    }
}
