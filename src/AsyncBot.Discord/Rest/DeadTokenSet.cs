using System.Net;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// Interaction tokens Discord has declared dead (404 10015, 401 50027). Sending them again only adds invalid
/// requests towards the Cloudflare ban threshold, so the client refuses locally. Entries outlive the token's
/// 15-minute lifetime by a margin, then are forgotten.
/// </summary>
internal sealed class DeadTokenSet(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(20);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DeadToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>Remembers that <paramref name="token"/> is dead and why.</summary>
    public void Add(string token, HttpStatusCode status, int? code)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            foreach (var expired in _tokens.Where(t => t.Value.Expires <= now).Select(t => t.Key).ToList())
            {
                _tokens.Remove(expired);
            }

            _tokens[token] = new DeadToken(status, code, now + Memory);
        }
    }

    /// <summary>Whether <paramref name="token"/> is known dead, with the answer that killed it.</summary>
    public bool TryGet(string token, out HttpStatusCode status, out int? code)
    {
        lock (_lock)
        {
            if (_tokens.TryGetValue(token, out var dead) && dead.Expires > time.GetUtcNow())
            {
                (status, code) = (dead.Status, dead.Code);
                return true;
            }
        }

        (status, code) = (default, null);
        return false;
    }

    private readonly record struct DeadToken(HttpStatusCode Status, int? Code, DateTimeOffset Expires);
}
