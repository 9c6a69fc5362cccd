namespace AsyncBot.Discord.Gateway;

/// <summary>
/// The last N interaction ids delivered. Discord may deliver an event more than once (notably around a resume);
/// answering the same interaction twice fails with 40060, so a repeat is dropped here. Oldest ids are forgotten
/// first; N covers far more than the 15 minutes an interaction can still be answered at any plausible rate.
/// Not thread-safe: only the receive loop uses it.
/// </summary>
internal sealed class RecentInteractionIds(int capacity)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Adds the id; false when it was seen recently.</summary>
    public bool TryAdd(string id)
    {
        if (!_ids.Add(id))
        {
            return false;
        }

        _order.Enqueue(id);
        if (_order.Count > capacity)
        {
            _ids.Remove(_order.Dequeue());
        }

        return true;
    }
}
