using Microsoft.Extensions.Logging;

namespace AsyncBot.Sharding;

/// <summary>What the shared identify gate logs, as source-generated messages.</summary>
internal static partial class IdentifyGateLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Identify gate: the store is unreachable, so shard {ShardId} is paced in this process only; a shard of another process may identify in the same 5 s, which Discord refuses and the shard retries")]
    public static partial void StoreUnreachable(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Identify gate: the store answers again; identify turns are shared across processes")]
    public static partial void StoreBack(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Identify gate: bucket {Bucket} is held for {WaitMs} ms more")]
    public static partial void BucketHeld(ILogger logger, int bucket, long waitMs);
}
