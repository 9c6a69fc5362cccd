namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>An Identify as the fake saw it.</summary>
/// <param name="At">When it arrived, on the fake's clock.</param>
/// <param name="ShardId">The <c>shard</c> id it carried (0 without one).</param>
/// <param name="ShardCount">The shard count it carried (1 without one).</param>
/// <param name="Accepted">False when it was answered with op 9 for exceeding <c>session_start_limit</c>.</param>
public sealed record FakeIdentify(DateTimeOffset At, int ShardId, int ShardCount, bool Accepted);
