namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Discord's gateway send limit: 120 frames per connection per 60 s, heartbeats included; one more closes the
/// connection with 4008. This is a sliding window, stricter than any fixed window Discord may use. Ordinary sends
/// may use only 120 − <see cref="Reserve"/> slots, so heartbeats, Identify and Resume always find room (as
/// @discordjs/ws's <c>WebSocketShard.send</c> does).
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time)
{
    /// <summary>Frames allowed per window.</summary>
    public const int Limit = 120;

    /// <summary>Slots only heartbeats, Identify and Resume may use.</summary>
    public const int Reserve = 3;

    /// <summary>The window length.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _sent = new();

    /// <summary>Takes a slot now and returns zero, or returns how long until one frees (taking nothing).</summary>
    /// <param name="priority">True for heartbeat, Identify and Resume.</param>
    public TimeSpan TryAcquire(bool priority)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_sent.Count > 0 && _sent.Peek() + Window <= now)
            {
                _sent.Dequeue();
            }

            var capacity = priority ? Limit : Limit - Reserve;
            if (_sent.Count < capacity)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            // The slot we need frees when the (count − capacity + 1)-th oldest send leaves the window.
            var freesAt = _sent.ElementAt(_sent.Count - capacity) + Window;
            return freesAt - now;
        }
    }

    /// <summary>Waits for a slot and takes it.</summary>
    public async Task AcquireAsync(bool priority, CancellationToken cancellationToken = default)
    {
        while (TryAcquire(priority) is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
