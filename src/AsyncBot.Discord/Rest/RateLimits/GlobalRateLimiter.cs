namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>
/// The per-bot global limit (50 requests per second by default) for bot routes, plus the pause a global 429 imposes.
/// A fixed one-second window is enough: Discord does not announce the global window, so precision buys nothing.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _count;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until one more bot request may go.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (now < _pausedUntil)
                {
                    wait = _pausedUntil - now;
                }
                else
                {
                    if (now - _windowStart >= Window)
                    {
                        _windowStart = now;
                        _count = 0;
                    }

                    if (_count < requestsPerSecond)
                    {
                        _count++;
                        return;
                    }

                    wait = _windowStart + Window - now;
                }
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops every bot request until <paramref name="until"/> (after a global 429).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>How long a bot request would wait now.</summary>
    public TimeSpan GetDelay()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now < _pausedUntil)
            {
                return _pausedUntil - now;
            }

            return now - _windowStart < Window && _count >= requestsPerSecond ? _windowStart + Window - now : TimeSpan.Zero;
        }
    }
}
