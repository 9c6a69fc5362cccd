namespace AsyncBot.Discord.Rest;

/// <summary>
/// Interaction tokens this process answered in the last few seconds. For a while after it takes an answer — most
/// often one given as the HTTP response of an Interactions Endpoint — Discord can answer that token's followups and
/// edits 404 10015 "Unknown Webhook", then accept the same request moments later (reported by bot developers in
/// discord/discord-api-docs#7220). So a 10015 for a token answered moments ago means "not yet", not "dead": the
/// client retries it with a growing delay inside <see cref="Window"/> instead of retiring the token and losing every
/// line of the run.
/// </summary>
internal sealed class AnsweredTokens(TimeProvider time)
{
    /// <summary>How long after its answer a token's 10015 is still taken for "not yet".</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>The first retry's delay; each next one doubles (0.25, 0.5, 1, 2, 4 s: five tries in the window).</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _answeredAt = new(StringComparer.Ordinal);

    // Answers in the order they came, so forgetting the old ones costs nothing per answer at a thousand a second.
    private readonly Queue<(string Token, long At)> _order = new();

    /// <summary>Remembers that <paramref name="token"/>'s interaction was answered now.</summary>
    public void Add(string token)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            while (_order.TryPeek(out var oldest) && time.GetElapsedTime(oldest.At, now) > Window)
            {
                _order.Dequeue();
                if (_answeredAt.TryGetValue(oldest.Token, out var at) && at == oldest.At)
                {
                    _answeredAt.Remove(oldest.Token);
                }
            }

            _answeredAt[token] = now;
            _order.Enqueue((token, now));
        }
    }

    /// <summary>
    /// The wait before retrying a request that Discord answered 10015 for <paramref name="token"/>, after
    /// <paramref name="retries"/> such retries; null when the token was not answered here, or another try would not
    /// fit in the window: then the 10015 stands.
    /// </summary>
    public TimeSpan? RetryDelay(string token, int retries)
    {
        var delay = FirstDelay * (1L << Math.Min(retries, 8));
        lock (_lock)
        {
            return _answeredAt.TryGetValue(token, out var at) && time.GetElapsedTime(at) + delay <= Window ? delay : null;
        }
    }
}
