using System.Net;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.RateLimits;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// Refuses requests locally that Discord would only count as invalid (towards its 10,000-per-10-minutes IP ban):
/// bot routes after the token was rejected or without a usable token, interaction tokens Discord declared dead, and
/// everything while a Cloudflare pause lasts.
/// </summary>
internal sealed class InvalidRequestGuard(DiscordToken? token, string? tokenError, RestRateLimiter limiter, TimeProvider time, ILogger logger)
{
    private readonly DeadTokenSet _deadTokens = new(time);
    private int _tokenRejected;

    /// <summary>The <c>Authorization</c> value for bot routes; only called after <see cref="ThrowIfNotSendable"/>.</summary>
    public string AuthorizationHeaderValue => token!.AuthorizationHeaderValue;

    /// <summary>Throws when <paramref name="route"/> must not be sent now.</summary>
    /// <exception cref="InvalidOperationException">A bot route without a valid <c>Discord:Token</c>, reported by key name.</exception>
    public void ThrowIfNotSendable(RestRoute route)
    {
        if (limiter.BanRemaining() > TimeSpan.Zero)
        {
            throw new DiscordRequestException(HttpStatusCode.TooManyRequests, null,
                "Requests are paused after a Cloudflare ban; not sent", route.ToString());
        }

        if (route.Kind == RestRouteKind.Bot)
        {
            if (token is null)
            {
                throw new InvalidOperationException(tokenError);
            }

            if (Volatile.Read(ref _tokenRejected) == 1)
            {
                throw new DiscordRequestException(HttpStatusCode.Unauthorized, 0,
                    "The bot token was rejected earlier; not sent", route.ToString());
            }
        }
        else if (route.SecretToken is { } secret && _deadTokens.TryGet(secret, out var status, out var code))
        {
            throw new DiscordRequestException(status, code, "The interaction token is dead; not sent", route.ToString());
        }
    }

    /// <summary>Learns from a refusal: a 401 on a bot route retires the token; 10015/50027 retire an interaction token.</summary>
    public void OnRefused(RestRoute route, DiscordRequestException error)
    {
        if (route.Kind == RestRouteKind.Bot && error.Status == HttpStatusCode.Unauthorized)
        {
            if (Interlocked.Exchange(ref _tokenRejected, 1) == 0)
            {
                RestLog.TokenRejected(logger, route);
            }
        }
        else if (route.SecretToken is { } secret
                 && ((error.Status == HttpStatusCode.NotFound && error.Code == DiscordErrors.UnknownWebhook)
                     || (error.Status == HttpStatusCode.Unauthorized && error.Code == DiscordErrors.InvalidWebhookToken)))
        {
            _deadTokens.Add(secret, error.Status, error.Code);
            RestLog.WebhookTokenDead(logger, route, (int)error.Status, error.Code);
        }
    }
}
