using System.Net;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// The REST client's log lines. Every one names the route template (<c>POST /webhooks/:id/:token</c>), never the
/// URL, which can hold an interaction token, and never a header.
/// </summary>
internal static partial class RestLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Route} answered {Status} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, RestRoute route, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limited on {Route} (scope {Scope}); retrying in {RetryAfterMs} ms")]
    public static partial void RateLimited(ILogger logger, RestRoute route, string scope, double retryAfterMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Global rate limit hit on {Route}; bot routes pause for {RetryAfterMs} ms")]
    public static partial void GlobalRateLimited(ILogger logger, RestRoute route, double retryAfterMs);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "{Route} answered 429 without a Discord body (Cloudflare ban); all requests pause for {PauseSeconds} s")]
    public static partial void CloudflareBan(ILogger logger, RestRoute route, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Route} answered {Status}; retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void ServerErrorRetry(ILogger logger, RestRoute route, HttpStatusCode status, int retry, int maxRetries, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Route} got no response ({ErrorType}); retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void TransportRetry(ILogger logger, RestRoute route, Type errorType, int retry, int maxRetries, double delayMs);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Discord rejected the bot token (401) on {Route}; bot routes stay disabled until restart. Check Discord:Token")]
    public static partial void TokenRejected(ILogger logger, RestRoute route);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interaction token is dead ({Status} {Code}) on {Route}; it will not be used again")]
    public static partial void WebhookTokenDead(ILogger logger, RestRoute route, int status, int? code);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Route} answered 10015 moments after the interaction was answered (Discord does not know the token yet); retry {Retry} in {DelayMs} ms")]
    public static partial void UnknownWebhookRetry(ILogger logger, RestRoute route, int retry, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Route} answered 40060 after a retried callback; the first attempt had landed")]
    public static partial void CallbackAlreadyLanded(ILogger logger, RestRoute route);
}
