namespace AsyncBot.Runs.Redis;

/// <summary>
/// The Lua scripts that change run state, each one atomic on the server. Times come from the caller's
/// <see cref="TimeProvider"/> (Unix ms in ARGV) rather than the server's <c>TIME</c>, so tests can age leases with a
/// fake clock; replicas' clocks may differ by a few seconds, which the lease length absorbs.
/// </summary>
/// <remarks>KEYS for the first three: 1 = total set, 2 = the owner's set, 3 = the run's hash, 4 = the lease set.</remarks>
internal static class RunStoreScripts
{
    /// <summary>How long a run's hash outlives its lease: time for a surviving replica's sweep to read it.</summary>
    public const long RecordGraceMs = 60_000;

    /// <summary>
    /// Prunes expired entries from the counting sets, then checks the id, the user's limit and the total limit, and
    /// takes the slot — all in one step, so two replicas racing for the last slot cannot both win. ARGV: run id, owner
    /// id, replica id, now ms, expiry ms, per-user limit, total limit, lease ms, application id, token (both may be
    /// empty), record ms (the lease plus <see cref="RecordGraceMs"/>). Returns {0} admitted, {1} already going, {2, n} user limit with n going, {3, n} total limit with n going.
    /// </summary>
    public const string Admit = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[4])
        if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
          return {1}
        end
        local mine = redis.call('ZCARD', KEYS[2])
        if mine >= tonumber(ARGV[6]) then
          return {2, mine}
        end
        local all = redis.call('ZCARD', KEYS[1])
        if all >= tonumber(ARGV[7]) then
          return {3, all}
        end
        redis.call('ZADD', KEYS[1], ARGV[5], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[5], ARGV[1])
        redis.call('HSET', KEYS[3], 'owner', ARGV[2], 'replica', ARGV[3], 'app', ARGV[9], 'token', ARGV[10])
        redis.call('PEXPIRE', KEYS[1], ARGV[8])
        redis.call('PEXPIRE', KEYS[2], ARGV[8])
        redis.call('PEXPIRE', KEYS[3], ARGV[11])
        redis.call('PEXPIRE', KEYS[4], ARGV[11])
        return {0}
        """;

    /// <summary>
    /// Extends a run's lease, only while the run is still recorded as this replica's. ARGV: run id, replica id,
    /// expiry ms, lease ms, record ms. Returns 1 renewed, 0 the lease was lost (it expired, or the run is gone).
    /// </summary>
    public const string Renew = """
        if redis.call('HGET', KEYS[3], 'replica') ~= ARGV[2] then
          return 0
        end
        if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then
          return 0
        end
        redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        redis.call('PEXPIRE', KEYS[3], ARGV[5])
        redis.call('PEXPIRE', KEYS[4], ARGV[5])
        return 1
        """;

    /// <summary>
    /// Frees a run's slot and forgets its owner, unless another replica has since taken the id (the lease expired
    /// and the same interaction was admitted again). ARGV: run id, replica id.
    /// </summary>
    public const string Release = """
        if redis.call('HGET', KEYS[3], 'replica') == ARGV[2] then
          redis.call('ZREM', KEYS[1], ARGV[1])
          redis.call('ZREM', KEYS[2], ARGV[1])
          redis.call('ZREM', KEYS[4], ARGV[1])
          redis.call('DEL', KEYS[3])
          return 1
        end
        if redis.call('EXISTS', KEYS[3]) == 0 then
          redis.call('ZREM', KEYS[1], ARGV[1])
          redis.call('ZREM', KEYS[2], ARGV[1])
          redis.call('ZREM', KEYS[4], ARGV[1])
        end
        return 0
        """;

    /// <summary>
    /// Takes a dead replica's run: only while its lease is still expired, it is still recorded as <c>ARGV[3]</c>'s and
    /// that replica's heartbeat has expired too, so among several sweeping replicas exactly one wins, a run renewed
    /// meanwhile stays, and a live replica whose renewals merely failed keeps its runs. Removes the run everywhere and
    /// returns its hash's fields (owner, replica, app, token), or nil. Its KEYS differ from the others': 1 = total set,
    /// 2 = the run's hash, 3 = the lease set, 4 = the replica's heartbeat (the owner is known only from the result, so
    /// the caller cleans the owner's set; admission prunes it anyway). ARGV: run id, now ms, the replica it was
    /// recorded under.
    /// </summary>
    public const string Claim = """
        local score = redis.call('ZSCORE', KEYS[3], ARGV[1])
        if not score or tonumber(score) > tonumber(ARGV[2]) then
          return false
        end
        if redis.call('HGET', KEYS[2], 'replica') ~= ARGV[3] then
          redis.call('ZREM', KEYS[3], ARGV[1])
          return false
        end
        if redis.call('EXISTS', KEYS[4]) == 1 then
          return false
        end
        local record = redis.call('HGETALL', KEYS[2])
        redis.call('ZREM', KEYS[3], ARGV[1])
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('DEL', KEYS[2])
        return record
        """;
}
