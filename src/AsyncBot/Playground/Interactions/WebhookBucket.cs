namespace AsyncBot.Playground.Interactions;

/// <summary>
/// Discord's webhook bucket for one interaction token: 5 requests, then none until 2 s after the first of them. The
/// window opens with the first request, as Discord's <c>X-RateLimit-Reset</c> does, rather than refilling one by one.
/// </summary>
/// <remarks>Thread-safe. Every clock read goes through the <see cref="TimeProvider"/>.</remarks>
internal sealed class WebhookBucket
{
    /// <summary>Requests per window.</summary>
    public const int Limit = 5;

    /// <summary>The window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private int _remaining = Limit;
    private DateTimeOffset _resetAt;

    public WebhookBucket(TimeProvider timeProvider) => _timeProvider = timeProvider;

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
