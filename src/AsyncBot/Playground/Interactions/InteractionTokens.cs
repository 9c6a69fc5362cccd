using System.Security.Cryptography;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord;

namespace AsyncBot.Playground.Interactions;

/// <summary>
/// The live interaction tokens, as Discord keeps them: a token answers for 15 minutes, then is forgotten.
/// </summary>
internal sealed class InteractionTokens
{
    /// <summary>Discord's interaction token lifetime.</summary>
    public static readonly TimeSpan Lifetime = DiscordLimits.InteractionTokenLifetime;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, PlaygroundInteraction> _byToken = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public InteractionTokens(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>A fresh token: random, URL-safe, shaped like Discord's (long and opaque).</summary>
    public static string NewToken() =>
        "aW50ZXJhY3Rpb246" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>Remembers <paramref name="interaction"/> under its token, forgetting expired ones.</summary>
    public PlaygroundInteraction Add(Interaction interaction, string invocationName)
    {
        var now = _timeProvider.GetUtcNow();
        var entry = new PlaygroundInteraction(interaction, invocationName, now, WindowBucket.Webhook(_timeProvider));
        lock (_gate)
        {
            foreach (var expired in _byToken.Where(e => now - e.Value.CreatedAt > Lifetime).Select(e => e.Key).ToList())
            {
                _byToken.Remove(expired);
            }

            _byToken[interaction.Token] = entry;
        }

        return entry;
    }

    /// <summary>Finds a token that has not expired.</summary>
    public PlaygroundInteraction? Find(string token)
    {
        lock (_gate)
        {
            return _byToken.TryGetValue(token, out var entry) && _timeProvider.GetUtcNow() - entry.CreatedAt <= Lifetime ? entry : null;
        }
    }
}
