namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>
/// One gateway session: its sequence counter and dispatch log (for replay on Resume), and the connection it is
/// attached to. Every change happens under <see cref="Gate"/>, so sequence order equals send order.
/// </summary>
internal sealed class FakeGatewaySession(string id)
{
    public object Gate { get; } = new();

    public string Id { get; } = id;

    public long Sequence { get; set; }

    /// <summary>Replayable dispatches (READY and RESUMED are not replayed).</summary>
    public List<(long Sequence, string Frame)> Log { get; } = [];

    public FakeGatewayConnection? Connection { get; set; }

    /// <summary>Closed with 1000/1001, expired, or killed by a test: cannot be resumed.</summary>
    public bool Ended { get; set; }

    public DateTimeOffset? DetachedAt { get; set; }

    public bool IsResumable(DateTimeOffset now, TimeSpan window) =>
        !Ended && (DetachedAt is null || now - DetachedAt <= window);
}
