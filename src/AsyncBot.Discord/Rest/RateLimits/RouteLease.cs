namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>
/// Permission to send one request. For a bucket not yet seen it also holds the bucket's gate, so no second request
/// goes out until the first response has told us the bucket's limits; <see cref="Complete"/> or disposal releases it.
/// </summary>
internal sealed class RouteLease : IDisposable
{
    /// <summary>A lease that limits nothing (the interaction callback lane).</summary>
    public static readonly RouteLease Unlimited = new(null, holdsGate: false);

    private readonly RouteRateLimiter? _limiter;
    private int _released;

    public RouteLease(RouteRateLimiter? limiter, bool holdsGate)
    {
        _limiter = limiter;
        _released = holdsGate ? 0 : 1;
    }

    /// <summary>The limiter this lease came from, if any.</summary>
    public RouteRateLimiter? Limiter => _limiter;

    /// <summary>Feeds the response's headers into the bucket and lets the next request through.</summary>
    public void Complete(RateLimitInfo? info)
    {
        if (info is not null)
        {
            _limiter?.Update(info);
        }

        Release();
    }

    /// <inheritdoc />
    public void Dispose() => Release();

    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _limiter?.ReleaseGate();
        }
    }
}
