namespace AsyncBot.Runs;

/// <summary>
/// Interaction ids seen by this process in the last <see cref="Memory"/>, at most <see cref="Capacity"/> of them
/// (the oldest go first). A repeat comes within seconds of the original — a resumed gateway session replays only
/// what it missed — and nothing older than Discord's 15-minute token could be answered anyway.
/// </summary>
internal sealed class InMemoryInteractionClaims(TimeProvider time) : IInteractionClaims
{
    /// <summary>How long an id is remembered.</summary>
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
