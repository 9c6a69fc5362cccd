using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>
/// The names of the keys and channels that hold run state. Every key carries the same hash tag
/// (<c>{prefix}</c>), so on a Redis Cluster they share one slot and a script may touch several of them at once.
/// </summary>
internal sealed class RunStoreKeys
{
    private readonly string _root;

    public RunStoreKeys(string prefix) => _root = "{" + prefix + "}:runs:";

    /// <summary>Sorted set of every run id going on any replica, scored by lease expiry (Unix ms).</summary>
    public RedisKey Total => _root + "total";

    /// <summary>Sorted set of one user's run ids, scored like <see cref="Total"/>.</summary>
    public RedisKey User(string ownerId) => _root + "user:" + ownerId;

    /// <summary>
    /// Sorted set of every run id, scored by lease expiry like <see cref="Total"/>, that only a release or a reaper's
    /// claim removes: admission prunes expired runs from the counting sets at once, and this one remembers them until a
    /// surviving replica has told their users.
    /// </summary>
    public RedisKey Leases => _root + "leases";

    /// <summary>
    /// Hash with the run's <c>owner</c>, the <c>replica</c> holding it and where its messages go (<c>app</c>,
    /// <c>token</c>); it outlives the lease by <see cref="RunStoreScripts.RecordGraceMs"/>, so a reaper can still read it.
    /// </summary>
    public RedisKey Run(string runId) => _root + "run:" + runId;

    /// <summary>A replica's heartbeat: present while it is alive, refreshed every renewal, expiring one lease after.</summary>
    public RedisKey Replica(string replicaId) => _root + "replica:" + replicaId;

    /// <summary>Which replica claimed an interaction; a repeat delivery finds it and is dropped.</summary>
    public RedisKey Interaction(string interactionId) => _root + "interaction:" + interactionId;

    /// <summary>The channel a replica listens on for Cancel clicks that landed elsewhere.</summary>
    public RedisChannel CancelChannel(string replicaId) => RedisChannel.Literal(_root + "cancel:" + replicaId);
}
