using System.Collections.Concurrent;
using AsyncBot.Discord;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// The interaction POSTs whose first answer is still open, by interaction id: the endpoint adds each, the
/// responder finds it to put the handler's answer into the HTTP response. A deferred exchange stays until the
/// handler's late answer arrives (it becomes an edit) or the interaction token has expired.
/// </summary>
internal sealed class PendingExchanges(TimeProvider timeProvider)
{

    private readonly ConcurrentDictionary<string, InteractionExchange> _byId = new(StringComparer.Ordinal);

    public int Count => _byId.Count;

    public bool TryAdd(InteractionExchange exchange) => _byId.TryAdd(exchange.Interaction.Id, exchange);

    public InteractionExchange? Find(string interactionId) => _byId.GetValueOrDefault(interactionId);

    public void Remove(InteractionExchange exchange) => _byId.TryRemove(new KeyValuePair<string, InteractionExchange>(exchange.Interaction.Id, exchange));

    /// <summary>Forgets deferred exchanges whose handler never answered within the token's lifetime.</summary>
    public void ForgetExpired()
    {
        var cutoff = timeProvider.GetUtcNow() - DiscordLimits.InteractionTokenLifetime;
        foreach (var (_, exchange) in _byId)
        {
            if (exchange.IsDeferred && exchange.ReceivedAt < cutoff)
            {
                Remove(exchange);
            }
        }
    }
}
