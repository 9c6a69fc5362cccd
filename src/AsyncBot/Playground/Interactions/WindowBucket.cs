namespace AsyncBot.Playground.Interactions;

/// <summary>
/// A fixed-window rate limit: <see cref="Limit"/> requests, then none until <see cref="Window"/> after the first of
/// them. The window opens with the first request, as Discord's <c>X-RateLimit-Reset</c> does, rather than refilling
/// one by one. <see cref="Webhook"/> is Discord's webhook bucket for one interaction token (5 per 2 s).
/// </summary>
/// <remarks>Thread-safe. Every clock read goes through the <see cref="TimeProvider"/>.</remarks>
internal sealed class WindowBucket
{
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private int _remaining;
    private DateTimeOffset _resetAt;

    public WindowBucket(TimeProvider timeProvider, int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _timeProvider = timeProvider;
        Limit = limit;
        Window = window;
        _remaining = limit;
    }

    /// <summary>Requests per window.</summary>
    public int Limit { get; }

    /// <summary>The window.</summary>
    public TimeSpan Window { get; }

    /// <summary>How long a request would wait right now; zero when one is left.</summary>
    public TimeSpan Delay
    {
        get
        {
            lock (_gate)
            {
                var now = _timeProvider.GetUtcNow();
                Refill(now);
                return _remaining > 0 ? TimeSpan.Zero : _resetAt - now;
            }
        }
    }

    /// <summary>Discord's webhook bucket: 5 requests per 2 s for one interaction token.</summary>
    public static WindowBucket Webhook(TimeProvider timeProvider) => new(timeProvider, 5, TimeSpan.FromSeconds(2));

    /// <summary>Takes a request if one is left; otherwise says how long until the bucket refills.</summary>
    public bool TryTake(out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            Refill(now);
            if (_remaining > 0)
            {
                if (_remaining == Limit)
                {
                    _resetAt = now + Window;
                }

                _remaining--;
                wait = TimeSpan.Zero;
                return true;
            }

            wait = _resetAt - now;
            return false;
        }
    }

    /// <summary>Waits until a request is left and takes it.</summary>
    public async Task TakeAsync(CancellationToken cancellationToken = default)
    {
        while (!TryTake(out var wait))
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Refill(DateTimeOffset now)
    {
        if (_remaining < Limit && now >= _resetAt)
        {
            _remaining = Limit;
        }
    }
}
