namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// Misbehaviour on demand: server errors, injected 429s (route or global), slow answers, and a Cloudflare ban mode.
/// Queued faults apply to the next matching requests in order, then are gone.
/// </summary>
public sealed class FakeFaults
{
    private readonly Lock _lock = new();
    private readonly List<Fault> _queue = [];
    private volatile bool _cloudflare;
    private long _delayTicks;

    /// <summary>
    /// While true, every request gets 429 with an HTML body and no rate-limit headers, as Cloudflare answers a
    /// banned IP.
    /// </summary>
    public bool CloudflareMode
    {
        get => _cloudflare;
        set => _cloudflare = value;
    }

    /// <summary>A real-time delay before every answer (for timeout and cancellation tests); zero for none.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, value.Ticks);
    }

    /// <summary>Answers the next <paramref name="times"/> matching requests with <paramref name="status"/> (500, 502 …).</summary>
    public void FailNext(int status, int times = 1, FakeRouteKind routes = FakeRouteKind.Any)
    {
        lock (_lock)
        {
            for (var i = 0; i < times; i++)
            {
                _queue.Add(new Fault(routes, status, TimeSpan.Zero, Global: false));
            }
        }
    }

    /// <summary>
    /// Answers the next matching request with 429 and <paramref name="retryAfter"/>. A global 429 only ever hits bot
    /// routes, as on Discord, where interaction routes are exempt from the global limit.
    /// </summary>
    public void RateLimitNext(TimeSpan retryAfter, bool global = false, FakeRouteKind routes = FakeRouteKind.Any)
    {
        lock (_lock)
        {
            _queue.Add(new Fault(global ? FakeRouteKind.Bot : routes, 429, retryAfter, global));
        }
    }

    /// <summary>Removes queued faults that have not fired yet.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _queue.Clear();
        }
    }

    internal Fault? Take(FakeRoute route)
    {
        lock (_lock)
        {
            var index = _queue.FindIndex(f => route.Matches(f.Routes));
            if (index < 0)
            {
                return null;
            }

            var fault = _queue[index];
            _queue.RemoveAt(index);
            return fault;
        }
    }

    internal sealed record Fault(FakeRouteKind Routes, int Status, TimeSpan RetryAfter, bool Global);
}
