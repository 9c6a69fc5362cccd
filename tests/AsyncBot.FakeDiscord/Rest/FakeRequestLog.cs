namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Every request the fake REST API saw, protocol violations, and the counters tests assert on.</summary>
public sealed class FakeRequestLog
{
    private readonly Lock _lock = new();
    private readonly List<FakeRestRequest> _requests = [];
    private readonly List<string> _violations = [];
    private long _sequence;
    private int _requestsWhileExhausted;
    private int _invalidResponses;
    private int _waitsForHttpAnswer;

    /// <summary>All requests, in arrival order.</summary>
    public IReadOnlyList<FakeRestRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.OrderBy(r => r.Sequence).ToList();
            }
        }
    }

    /// <summary>
    /// Protocol violations by the client: a bad or missing User-Agent, a missing bot Authorization, an Authorization
    /// header on a token route, a message body without <c>allowed_mentions: {"parse": []}</c>. Should stay empty.
    /// </summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_lock)
            {
                return _violations.ToList();
            }
        }
    }

    /// <summary>
    /// Requests sent while their bucket (or the global limit) was known to be exhausted: the fake had already said
    /// <c>Remaining: 0</c> or answered 429 for that window. A client that respects rate limits keeps this at 0.
    /// </summary>
    public int RequestsWhileExhausted => Volatile.Read(ref _requestsWhileExhausted);

    /// <summary>401, 403 and 429 answers: what Discord counts towards its 10,000-per-10-minutes ban.</summary>
    public int InvalidResponses => Volatile.Read(ref _invalidResponses);

    /// <summary>
    /// Followups and edits that reached the fake while the bot's HTTP answer to their interaction was still being
    /// read by the poster, and waited for it (Discord has the answer by then: it was sent first).
    /// </summary>
    public int WaitsForHttpAnswer => Volatile.Read(ref _waitsForHttpAnswer);

    internal void CountWaitForHttpAnswer() => Interlocked.Increment(ref _waitsForHttpAnswer);

    /// <summary>Requests for one route (<c>METHOD template</c>), in arrival order.</summary>
    public IReadOnlyList<FakeRestRequest> For(string method, string template) =>
        Requests.Where(r => r.Method == method && r.Template == template).ToList();

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Add(FakeRestRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
        }

        if (request.Status is 401 or 403 or 429)
        {
            Interlocked.Increment(ref _invalidResponses);
        }
    }

    internal void Violation(string text)
    {
        lock (_lock)
        {
            _violations.Add(text);
        }
    }

    internal void CountExhausted() => Interlocked.Increment(ref _requestsWhileExhausted);
}
