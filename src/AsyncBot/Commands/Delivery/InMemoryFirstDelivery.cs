using AsyncBot.Discord;

namespace AsyncBot.Commands.Delivery;

/// <summary>
/// The single-process <see cref="IFirstDelivery"/>: remembers the ids it has claimed for
/// <see cref="Lifetime"/>, and at most <see cref="Capacity"/> of them, forgetting the oldest first.
/// </summary>
/// <remarks>
/// Kept apart from the HTTP endpoint's replay guard: that one is a security check on signed requests answered 401
/// before anything is parsed, this one is delivery bookkeeping for every source (the gateway too), and in a shared
/// store. Merging them would make a gateway resume look like an attack, or a replay look like a retry.
/// </remarks>
internal sealed class InMemoryFirstDelivery(TimeProvider timeProvider) : IFirstDelivery
{
    /// <summary>
    /// How long a claim lasts: the interaction token's lifetime. A later delivery could not be answered anyway, and
    /// replays after a resume or a retried POST come within seconds.
    /// </summary>
    public static readonly TimeSpan Lifetime = DiscordLimits.InteractionTokenLifetime;

    /// <summary>
    /// The most ids remembered. A burst far past what one process can run still fits; past it the oldest claims go
    /// first, and an id that old is long past its duplicates.
    /// </summary>
    public const int Capacity = 50_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset Expires)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiries.Count;
            }
        }
    }

    public ValueTask<bool> TryClaimAsync(string interactionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interactionId);
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            Forget(now);
            if (_expiries.ContainsKey(interactionId))
            {
                return ValueTask.FromResult(false);
            }

            while (_expiries.Count >= Capacity && _order.TryDequeue(out var oldest))
            {
                _expiries.Remove(oldest.Id);
            }

            var expires = now + Lifetime;
            _expiries[interactionId] = expires;
            _order.Enqueue((interactionId, expires));
            return ValueTask.FromResult(true);
        }
    }

    private void Forget(DateTimeOffset now)
    {
        // Claims go in in time order with one lifetime, so the expired ones are all at the front.
        while (_order.TryPeek(out var oldest) && oldest.Expires <= now)
        {
            _order.Dequeue();
            _expiries.Remove(oldest.Id);
        }
    }
}
