namespace AsyncBot.Discord.Gateway;

/// <summary>A shard asking to identify, with the <c>max_concurrency</c> that <c>GET /gateway/bot</c> reported.</summary>
/// <param name="ShardId">The shard's id (<c>Discord:ShardId</c>).</param>
/// <param name="ShardCount">The bot's shard count (<c>Discord:ShardCount</c>).</param>
/// <param name="MaxConcurrency">How many buckets may identify at once; below 1 counts as 1.</param>
public readonly record struct IdentifyTurn(int ShardId, int ShardCount, int MaxConcurrency)
{
    /// <summary>How long a bucket stays taken after an Identify.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>The rate-limit bucket: <c>shard_id % max_concurrency</c>.</summary>
    public int Bucket => ShardId % Math.Max(1, MaxConcurrency);
}
