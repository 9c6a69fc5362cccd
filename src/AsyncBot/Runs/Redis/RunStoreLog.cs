using Microsoft.Extensions.Logging;

namespace AsyncBot.Runs.Redis;

/// <summary>What the shared run registry logs, as source-generated messages.</summary>
internal static partial class RunStoreLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Run store unreachable during {Action} of run {RunId}")]
    public static partial void StoreUnreachable(ILogger logger, string action, string runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} lost its lease in the run store; it goes on uncounted")]
    public static partial void LeaseLost(ILogger logger, string runId);
}
