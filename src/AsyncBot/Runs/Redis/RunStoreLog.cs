using Microsoft.Extensions.Logging;

namespace AsyncBot.Runs.Redis;

/// <summary>What the shared run registry logs, as source-generated messages.</summary>
internal static partial class RunStoreLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Run store unreachable during {Action} of run {RunId}")]
    public static partial void StoreUnreachable(ILogger logger, string action, string runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} is no longer this replica's in the run store (another replica declared it lost while this one could not reach the store); it goes on uncounted")]
    public static partial void LeaseLost(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} had been forgotten by the run store (a lapsed lease, a restart); registered again")]
    public static partial void RegisteredAgain(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} ended here but its release never reached the run store; forgotten now")]
    public static partial void FinishedRunForgotten(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} of user {OwnerId} was lost with replica {Replica}; its slot is free, and its user is told when the store still has where")]
    public static partial void RunLost(ILogger logger, string runId, string ownerId, string replica);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} was lost, but Discord refused the notice ({Status}, code {Code}): the interaction's token has expired")]
    public static partial void LostNoticeRefused(ILogger logger, string runId, int status, int? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} was lost, and telling its user failed: {Reason}")]
    public static partial void LostNoticeFailed(ILogger logger, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run store unreachable while looking for lost runs")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run store unreachable: interaction {InteractionId} handled without checking that no other replica has it (said at most once a minute)")]
    public static partial void ClaimUnchecked(ILogger logger, string interactionId, Exception exception);
}
