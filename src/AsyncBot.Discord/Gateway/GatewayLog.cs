using AsyncBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Every gateway log line, source-generated (no boxing or parsing when the level is off). None of them takes the
/// token, a frame's text or an interaction token; the gateway host name is safe to log, a full URL is not needed.
/// </summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "Gateway connecting to {GatewayHost}")]
    public static partial void Connecting(this ILogger logger, string gatewayHost);

    [LoggerMessage(2, LogLevel.Information, "Gateway resuming session {SessionId} after sequence {Sequence}")]
    public static partial void Resuming(this ILogger logger, string? sessionId, long? sequence);

    [LoggerMessage(3, LogLevel.Information, "Gateway ready: session {SessionId}, application {ApplicationId}")]
    public static partial void Ready(this ILogger logger, string sessionId, string applicationId);

    [LoggerMessage(4, LogLevel.Information, "Gateway resumed session {SessionId}")]
    public static partial void Resumed(this ILogger logger, string? sessionId);

    [LoggerMessage(5, LogLevel.Debug, "Gateway state: {GatewayState}")]
    public static partial void StateChanged(this ILogger logger, GatewayState gatewayState);

    [LoggerMessage(6, LogLevel.Debug, "Gateway stopped for good (close {CloseCode})")]
    public static partial void Stopped(this ILogger logger, int? closeCode);

    [LoggerMessage(7, LogLevel.Information, "Gateway reconnecting in {DelayMs} ms ({Reason})")]
    public static partial void Reconnecting(this ILogger logger, long delayMs, GatewayWaitReason reason);

    [LoggerMessage(8, LogLevel.Information, "Gateway close {CloseCode}: next {Action}")]
    public static partial void CloseDecided(this ILogger logger, int? closeCode, GatewayCloseAction action);

    [LoggerMessage(9, LogLevel.Warning, "{Attempts} resume attempts in a row failed; starting a new session")]
    public static partial void ResumesFailed(this ILogger logger, int attempts);

    [LoggerMessage(10, LogLevel.Warning, "Daily identify budget used up; waiting {WaitSeconds} s for Discord's reset")]
    public static partial void IdentifyBudgetSpent(this ILogger logger, long waitSeconds);

    [LoggerMessage(11, LogLevel.Warning, "GET /gateway/bot failed: {Problem}")]
    public static partial void GatewayBotFailed(this ILogger logger, string problem);

    [LoggerMessage(12, LogLevel.Debug, "Gateway identify budget: {Remaining} of {Total} left, resets in {ResetAfterMs} ms, {MaxConcurrency} per 5 s")]
    public static partial void IdentifyBudget(this ILogger logger, int remaining, int total, long resetAfterMs, int maxConcurrency);

    [LoggerMessage(13, LogLevel.Warning, "Could not open the gateway connection to {GatewayHost}: {Problem}")]
    public static partial void ConnectFailed(this ILogger logger, string gatewayHost, string problem);

    [LoggerMessage(14, LogLevel.Information, "Gateway connection dropped: {Problem}")]
    public static partial void ConnectionDropped(this ILogger logger, string problem);

    [LoggerMessage(15, LogLevel.Information, "Gateway send failed, dropping the connection: {Problem}")]
    public static partial void SendFailed(this ILogger logger, string problem);

    [LoggerMessage(16, LogLevel.Information, "Discord closed the gateway connection with {CloseCode}")]
    public static partial void ServerClosed(this ILogger logger, int? closeCode);

    [LoggerMessage(17, LogLevel.Warning, "Skipped a malformed gateway frame (op {Op}, event {EventName}, {Length} bytes): {Problem}")]
    public static partial void MalformedFrame(this ILogger logger, int? op, string? eventName, int length, string problem);

    [LoggerMessage(18, LogLevel.Warning, "Skipped a gateway frame larger than {MaxBytes} bytes")]
    public static partial void OversizedFrame(this ILogger logger, int maxBytes);

    [LoggerMessage(19, LogLevel.Information, "Discord asked for a reconnect (op 7)")]
    public static partial void ReconnectRequested(this ILogger logger);

    [LoggerMessage(20, LogLevel.Information, "Discord invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(this ILogger logger, bool resumable);

    [LoggerMessage(21, LogLevel.Debug, "Ignored gateway op {Op}")]
    public static partial void UnknownOp(this ILogger logger, int op);

    [LoggerMessage(22, LogLevel.Debug, "Gateway Hello: heartbeat every {IntervalMs} ms, first in {FirstMs} ms")]
    public static partial void Hello(this ILogger logger, double intervalMs, double firstMs);

    [LoggerMessage(23, LogLevel.Debug, "Ignored a second Hello on one connection")]
    public static partial void SecondHello(this ILogger logger);

    [LoggerMessage(24, LogLevel.Warning, "No heartbeat ACK since the last beat: closing the zombie connection to resume")]
    public static partial void Zombie(this ILogger logger);

    [LoggerMessage(25, LogLevel.Warning, "No Hello within {TimeoutSeconds} s of connecting")]
    public static partial void HelloTimeout(this ILogger logger, double timeoutSeconds);

    [LoggerMessage(26, LogLevel.Debug, "Gateway sending {Frame}")]
    public static partial void FrameSending(this ILogger logger, OutboundKind frame);

    [LoggerMessage(27, LogLevel.Error, "Gateway frame not sent: {Problem}")]
    public static partial void FrameRefused(this ILogger logger, string problem);

    [LoggerMessage(28, LogLevel.Debug, "Gateway close frame not sent: {Problem}")]
    public static partial void CloseNotSent(this ILogger logger, string problem);

    [LoggerMessage(29, LogLevel.Debug, "Interaction {InteractionId} received ({InteractionType})")]
    public static partial void InteractionReceived(this ILogger logger, string interactionId, InteractionType interactionType);

    [LoggerMessage(30, LogLevel.Debug, "Interaction {InteractionId} was delivered again; ignoring the repeat")]
    public static partial void InteractionRepeated(this ILogger logger, string interactionId);

    [LoggerMessage(31, LogLevel.Warning, "Interaction {InteractionId} arrived after the interaction source completed")]
    public static partial void InteractionAfterComplete(this ILogger logger, string interactionId);

    [LoggerMessage(32, LogLevel.Warning, "{Waiting} interactions are waiting for the dispatcher; none is dropped, the dispatcher answers late ones with a busy reply")]
    public static partial void InteractionBacklog(this ILogger logger, int waiting);

    [LoggerMessage(33, LogLevel.Error, "A ReadyReceived handler failed")]
    public static partial void ReadyHandlerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(34, LogLevel.Information, "Shard {ShardId} waits {WaitMs} ms for its identify turn (bucket {Bucket} is taken)")]
    public static partial void IdentifyWaiting(this ILogger logger, int shardId, int bucket, long waitMs);
}
