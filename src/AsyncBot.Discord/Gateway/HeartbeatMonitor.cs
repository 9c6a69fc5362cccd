namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Tracks whether the last heartbeat was acknowledged. A scheduled beat that finds the previous one still
/// unanswered means the connection is a zombie (TCP looks open, nothing flows): close it and resume.
/// </summary>
internal sealed class HeartbeatMonitor(TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _sentAt;
    private bool _awaitingAck;

    /// <summary>Whether a heartbeat went out and no ACK has come back since.</summary>
    public bool IsAwaitingAck
    {
        get
        {
            lock (_gate)
            {
                return _awaitingAck;
            }
        }
    }

    /// <summary>Records that a heartbeat was sent.</summary>
    public void MarkSent()
    {
        lock (_gate)
        {
            _sentAt = time.GetTimestamp();
            _awaitingAck = true;
        }
    }

    /// <summary>Records an ACK and returns the round trip since the last heartbeat (zero if none was pending).</summary>
    public TimeSpan MarkAcked()
    {
        lock (_gate)
        {
            var latency = _awaitingAck ? time.GetElapsedTime(_sentAt) : TimeSpan.Zero;
            _awaitingAck = false;
            return latency;
        }
    }
}
