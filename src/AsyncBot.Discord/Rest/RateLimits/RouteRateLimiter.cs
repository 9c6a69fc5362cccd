namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>
/// One bucket for one major parameter. Requests pass a FIFO gate: while the bucket is unknown (never answered, or its
/// window has passed) only one request is in flight; once known, a request takes a slot and goes, or waits (holding
/// the gate, so order is kept) until the window resets when none is left. All time comes from the injected
/// <see cref="TimeProvider"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001",
    Justification = "SemaphoreSlim needs disposal only when its wait handle is used; evicted limiters may still be referenced by a waiting request.")]
internal sealed class RouteRateLimiter(TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private bool _known;
    private int _remaining;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>Last time a request used this bucket, for evicting idle buckets.</summary>
    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    /// <summary>Whether a request currently holds the gate or waits for it.</summary>
    public bool IsBusy => _gate.CurrentCount == 0;

    /// <summary>Waits for a slot in this bucket.</summary>
    public async ValueTask<RouteLease> AcquireAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var handedOver = false;
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    var now = time.GetUtcNow();
                    LastUsed = now;
                    if (_known && now >= _resetAt)
                    {
                        // The window has passed, so our numbers are stale. Refilling them by guess could let a queue
                        // refill again and again before any answer; one probe request learns the new window instead.
                        _known = false;
                    }

                    if (!_known)
                    {
                        handedOver = true;
                        return new RouteLease(this, holdsGate: true);
                    }

                    if (_remaining > 0)
                    {
                        _remaining--;
                        break;
                    }

                    wait = _resetAt - now;
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (!handedOver)
            {
                _gate.Release();
            }
        }

        return new RouteLease(this, holdsGate: false);
    }

    /// <summary>How long a request would wait for this bucket now (zero when a slot is free or the bucket is unknown).</summary>
    public TimeSpan GetDelay()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            return _known && _remaining <= 0 && _resetAt > now ? _resetAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>Takes the limits a response reported.</summary>
    public void Update(RateLimitInfo info)
    {
        if (!info.HasWindow)
        {
            return;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            var remaining = info.Remaining!.Value;

            // Responses to concurrent requests arrive in any order; within one window the lowest count is the truth.
            _remaining = _known && now < _resetAt ? Math.Min(_remaining, remaining) : remaining;
            var resetAt = now + info.ResetAfter!.Value;
            _resetAt = _remaining <= 0 && _resetAt > resetAt ? _resetAt : resetAt;
            _known = true;
        }
    }

    /// <summary>Blocks the bucket for <paramref name="retryAfter"/>, after a 429.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            _remaining = 0;
            _resetAt = until > _resetAt ? until : _resetAt;
            _known = true;
        }
    }

    /// <summary>Called by a lease that held the gate.</summary>
    internal void ReleaseGate() => _gate.Release();
}
