namespace AsyncBot.Runs;

/// <summary>
/// Interaction ids seen by this process in the last <see cref="Memory"/>, at most <see cref="Capacity"/> of them
/// (the oldest go first).
/// </summary>
internal sealed class InMemoryInteractionClaims(TimeProvider time) : IInteractionClaims
{
    /// <summary>
    /// How long an id is remembered, here and in the shared store. A repeat comes seconds after the original — a load
    /// balancer retries within its own timeout, a resumed gateway session replays what it missed while reconnecting —
    /// and one that came later than Discord's 3-second window for the first answer could not be answered anyway. Five
    /// minutes is ample for both, and keeps the store from holding a quarter hour of ids (the token's lifetime, which
    /// matters only to followups).
    /// </summary>
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(5);

    /// <summary>The most ids remembered at once: a few MB at most, whatever the traffic.</summary>
    public const int Capacity = 100_000;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset Until)> _order = new();

    /// <summary>How many ids are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    public ValueTask<bool> TryClaimAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Peek().Until <= now || _order.Count >= Capacity))
            {
                _seen.Remove(_order.Dequeue().Id);
            }

            if (!_seen.Add(interactionId))
            {
                return ValueTask.FromResult(false);
            }

            _order.Enqueue((interactionId, now + Memory));
            return ValueTask.FromResult(true);
        }
    }
}
