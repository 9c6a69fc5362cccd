using System.Globalization;
using System.Text.Json;
using AsyncBot.Discord.HttpInteractions;
using AsyncBot.Discord.Interactions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// <c>POST /interactions</c>: checks the signature before anything else, then the timestamp and the id against
/// replays, and hands commands and button clicks to the dispatcher through <see cref="HttpInteractionSource"/>;
/// the handler's first answer (or a deferral if it is late) is the HTTP response.
/// </summary>
/// <remarks>
/// A refused request gets an empty body and is logged without its body or headers: until the signature checks out,
/// nothing in it is Discord's.
/// </remarks>
internal sealed partial class InteractionEndpoint(
    InteractionSignatureVerifier verifier,
    ReplayGuard replays,
    PendingExchanges pending,
    HttpInteractionSource source,
    IOptions<HttpEndpointOptions> options,
    TimeProvider timeProvider,
    ILogger<InteractionEndpoint> logger)
{
    private readonly TimeSpan _deferAfter = TimeSpan.FromMilliseconds(options.Value.DeferAfterMilliseconds);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "POST";
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!IsJson(request.ContentType))
        {
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        var body = await RequestBody.ReadAsync(request, HttpEndpointOptions.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            LogRefused(logger, "body over the size limit");
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        string? timestamp = request.Headers["X-Signature-Timestamp"];
        if (!verifier.IsValid(request.Headers["X-Signature-Ed25519"], timestamp, body.Value.Span))
        {
            LogBadSignature(logger);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!IsFresh(timestamp!))
        {
            LogRefused(logger, "signed, but the timestamp is over 5 minutes from this host's clock (is the clock synced?)");
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        InteractionRequest interaction;
        try
        {
            interaction = InteractionRequest.Read(body.Value);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex.Message);
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!replays.TryAccept(interaction.Id))
        {
            LogRefused(logger, "interaction id seen before (replay)");
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (interaction.Type == InteractionType.Ping)
        {
            await WriteJsonAsync(response, InteractionCallbackJson.Pong, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (interaction.Interaction is not { } parsed)
        {
            LogUnknownType(logger, (int)interaction.Type);
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await ExchangeAsync(new InteractionExchange(parsed, timeProvider.GetUtcNow()), response, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task ExchangeAsync(InteractionExchange exchange, HttpResponse response, CancellationToken aborted)
    {
        if (!pending.TryAdd(exchange))
        {
            // The same id while the first is still open: only a replay can do that, and the replay guard ran first.
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        try
        {
            source.Publish(exchange.Interaction);
            var answer = await FirstAnswerAsync(exchange, aborted).ConfigureAwait(false);
            await WriteJsonAsync(response, InteractionCallbackJson.Serialize(answer), aborted).ConfigureAwait(false);
            exchange.MarkWritten();
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // Discord (or the proxy) hung up: the handler's answer has nowhere to go, and it must hear so.
            exchange.TryDefer();
            exchange.MarkFailed(new DiscordRequestException("The interaction's HTTP request closed before its answer was written: " + ex.Message, ex));
        }
        finally
        {
            if (!exchange.IsDeferred || exchange.Written.IsFaulted)
            {
                pending.Remove(exchange);
            }
        }
    }

    private async Task<InteractionResponse> FirstAnswerAsync(InteractionExchange exchange, CancellationToken aborted)
    {
        try
        {
            return await exchange.Answer.WaitAsync(_deferAfter, timeProvider, aborted).ConfigureAwait(false);
        }
        catch (TimeoutException) when (exchange.TryDefer())
        {
            LogDeferred(logger, exchange.Interaction.Id, _deferAfter.TotalMilliseconds);
            pending.ForgetExpired();
            return HttpFirstResponder.Deferral(exchange.Interaction);
        }
        catch (TimeoutException)
        {
            // The handler answered in the same instant the wait ran out: its answer wins.
            return await exchange.Answer.ConfigureAwait(false);
        }
    }

    private bool IsFresh(string timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds is > 0 and < 253_402_300_799
        && (timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= HttpEndpointOptions.MaxClockSkew;

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteJsonAsync(HttpResponse response, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = json.Length;
        await response.Body.WriteAsync(json, cancellationToken).ConfigureAwait(false);

        // Complete, not just flush: the answer is whole on the wire before the handler's followups start.
        await response.CompleteAsync().ConfigureAwait(false);
    }

    // Information, not Warning: Discord itself sends bad signatures now and then to check the endpoint refuses them.
    [LoggerMessage(Level = LogLevel.Information, Message = "Interactions endpoint refused a request: missing or invalid signature")]
    private static partial void LogBadSignature(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interactions endpoint refused a request: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interactions endpoint: a signed body was not an interaction: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interactions endpoint: interaction type {Type} is not one this bot answers")]
    private static partial void LogUnknownType(ILogger logger, int type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId}: no answer within {DeferAfterMs} ms, answered deferred")]
    private static partial void LogDeferred(ILogger logger, string interactionId, double deferAfterMs);
}
