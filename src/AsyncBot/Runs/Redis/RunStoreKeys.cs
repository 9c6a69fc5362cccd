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
    /// Hash with the run's <c>owner</c> and the <c>replica</c> holding it; it outlives the lease by
    /// <see cref="RunStoreScripts.RecordGraceMs"/>. A reaper's claim leaves <c>reaped</c> in its place, so the holder,
    /// should it turn out to be alive, learns that its run was declared lost.
    /// </summary>
    public RedisKey Run(string runId) => _root + "run:" + runId;

    /// <summary>
    /// Hash with where the run's messages go (<c>app</c>, <c>token</c>, <c>command</c>) and whose run it is
    /// (<c>owner</c>, <c>replica</c>). Written at admission with the token's own lifetime, never extended: the
    /// store holds the credential no longer than Discord honours it, and a replica started minutes after every other
    /// one died can still tell those runs' users.
    /// </summary>
    public RedisKey Reply(string runId) => _root + "reply:" + runId;

    /// <summary>Sorted set of replica ids scored by heartbeat expiry (Unix ms): a replica is alive while its score is ahead.</summary>
    public RedisKey Replicas => _root + "replicas";

    /// <summary>Which replica claimed an interaction; a repeat delivery finds it and is dropped.</summary>
    public RedisKey Interaction(string interactionId) => _root + "interaction:" + interactionId;

    /// <summary>The channel a replica listens on for Cancel clicks that landed elsewhere.</summary>
    public RedisChannel CancelChannel(string replicaId) => RedisChannel.Literal(_root + "cancel:" + replicaId);
}
