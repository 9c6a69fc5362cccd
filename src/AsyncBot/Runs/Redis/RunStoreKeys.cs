using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// The names of the keys and channels that hold run state. Every key carries the same hash tag
/// (<c>{prefix}</c>), so on a Redis Cluster they share one slot and a script may touch several of them at once.
/// </summary>
internal sealed class RunStoreKeys
{
    private readonly string _root;
    private readonly string _interactions;

    public RunStoreKeys(string prefix)
    {
        _root = "{" + prefix + "}:runs:";
        _interactions = "{" + prefix + "}:interactions:";
    }

    /// <summary>Sorted set of every run id going on any replica, scored by lease expiry (Unix ms).</summary>
    public RedisKey Total => _root + "total";

    /// <summary>Sorted set of one user's run ids, scored like <see cref="Total"/>.</summary>
    public RedisKey User(string ownerId) => _root + "user:" + ownerId;

    /// <summary>Hash with the run's <c>owner</c> and the <c>replica</c> holding it; expires with the lease.</summary>
    public RedisKey Run(string runId) => _root + "run:" + runId;

    /// <summary>The channel a replica listens on for Cancel clicks that landed elsewhere.</summary>
    public RedisChannel CancelChannel(string replicaId) => RedisChannel.Literal(_root + "cancel:" + replicaId);

    /// <summary>String naming the replica that claimed an interaction's first delivery; expires with the claim.</summary>
    public RedisKey Delivery(string interactionId) => _interactions + interactionId;
}
