namespace AsyncBot.Discord.Gateway;

/// <summary>
/// What a resume needs: session id, resume URL and the highest sequence number seen. Written by the receive loop,
/// read by the heartbeat sender, so the sequence is accessed atomically.
/// </summary>
internal sealed class GatewaySessionState
{
    private long _sequence = -1;

    /// <summary>The session id from READY; null when there is no session to resume.</summary>
    public string? SessionId { get; private set; }

    /// <summary>The <c>resume_gateway_url</c> from READY.</summary>
    public Uri? ResumeUrl { get; private set; }

    /// <summary>The highest <c>s</c> seen in this session, or null before the first dispatch.</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    /// <summary>Whether a resume can be attempted.</summary>
    public bool CanResume => SessionId is not null && ResumeUrl is not null && Sequence is not null;

    /// <summary>Keeps the highest sequence number (dispatches should only grow, but a replay must not move it back).</summary>
    public void RecordSequence(long sequence)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _sequence);
            if (sequence <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _sequence, sequence, current) != current);
    }

    /// <summary>Stores READY's session data.</summary>
    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Drops the session before a fresh Identify: its sequence numbers mean nothing to the next one.</summary>
    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
