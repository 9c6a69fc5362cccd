namespace AsyncBot.Runs.Redis;

/// <summary>
/// The Lua scripts that change run state, each one atomic on the server. Times come from the caller's
/// <see cref="TimeProvider"/> (Unix ms in ARGV) rather than the server's <c>TIME</c>, so tests can age leases with a
/// fake clock; replicas' clocks may differ by a few seconds, which the lease length absorbs.
/// </summary>
/// <remarks>
/// KEYS for <see cref="Admit"/>, <see cref="Renew"/> and <see cref="Release"/>: 1 = total set, 2 = the owner's set,
/// 3 = the run's hash, 4 = the lease set, 5 = the run's reply hash, 6 = the replicas' heartbeats.
/// </remarks>
internal static class RunStoreScripts
{
    /// <summary>How long a run's hash outlives its lease: time for a surviving replica's sweep to read it.</summary>
    public const long RecordGraceMs = 60_000;

    /// <summary>
    /// How long the lease and heartbeat sets, and a reaper's <c>reaped</c> mark, outlive their last write: an
    /// interaction token's lifetime, past which nobody could be told anything.
    /// </summary>
    public static readonly long KeepMs = (long)Discord.DiscordLimits.InteractionTokenLifetime.TotalMilliseconds;

    /// <summary>
    /// Prunes expired entries from the counting sets, then checks the id, the user's limit and the total limit, and
    /// takes the slot — all in one step, so two replicas racing for the last slot cannot both win. Also says the
    /// replica is alive. ARGV: 1 run id, 2 owner id, 3 replica id, 4 now ms, 5 expiry ms, 6 per-user limit, 7 total
    /// limit, 8 lease ms, 9 record ms (the lease plus <see cref="RecordGraceMs"/>), 10 keep ms (how long the lease and
    /// heartbeat sets outlive their last write), 11 application id, 12 token, 13 command, 14 the token's life left in
    /// ms (0: no reply address, nothing is kept). Returns {0} admitted, {1} already going, {2, n} user limit with n
    /// going, {3, n} total limit with n going.
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
        redis.call('DEL', KEYS[3])
        redis.call('HSET', KEYS[3], 'owner', ARGV[2], 'replica', ARGV[3])
        if tonumber(ARGV[14]) > 0 then
          redis.call('DEL', KEYS[5])
          redis.call('HSET', KEYS[5], 'app', ARGV[11], 'token', ARGV[12], 'command', ARGV[13], 'owner', ARGV[2], 'replica', ARGV[3])
          redis.call('PEXPIRE', KEYS[5], ARGV[14])
        end
        redis.call('ZADD', KEYS[6], ARGV[5], ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[8])
        redis.call('PEXPIRE', KEYS[2], ARGV[8])
        redis.call('PEXPIRE', KEYS[3], ARGV[9])
        redis.call('PEXPIRE', KEYS[4], ARGV[10])
        redis.call('PEXPIRE', KEYS[6], ARGV[10])
        return {0}
        """;

    /// <summary>
    /// Extends a run's lease while this replica holds it. A run the store has forgotten — its lease lapsed and
    /// admission pruned it, or the store restarted empty — is registered again: it is going, so it counts. A run that
    /// another replica holds, or that a reaper declared lost, is left alone. Uses KEYS 1 to 4. ARGV: 1 run id, 2 owner
    /// id, 3 replica id, 4 expiry ms, 5 lease ms, 6 record ms, 7 keep ms. Returns 1 renewed, 2 registered again, 0 lost
    /// for good.
    /// </summary>
    public const string Renew = """
        if redis.call('HEXISTS', KEYS[3], 'reaped') == 1 then
          return 0
        end
        local holder = redis.call('HGET', KEYS[3], 'replica')
        if holder and holder ~= ARGV[3] then
          return 0
        end
        local renewed = 1
        if not holder or not redis.call('ZSCORE', KEYS[1], ARGV[1]) then
          renewed = 2
          redis.call('HSET', KEYS[3], 'owner', ARGV[2], 'replica', ARGV[3])
        end
        redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        redis.call('PEXPIRE', KEYS[3], ARGV[6])
        redis.call('PEXPIRE', KEYS[4], ARGV[7])
        return renewed
        """;

    /// <summary>
    /// Writes a run's reply hash again after <see cref="Renew"/> registered the run again, unless it is still there.
    /// KEYS: 1 = the run's hash, 2 = the run's reply hash. ARGV: 1 replica id, 2 owner id, 3 application id, 4 token,
    /// 5 command, 6 the token's life left in ms.
    /// </summary>
    public const string RestoreReply = """
        if redis.call('HGET', KEYS[1], 'replica') ~= ARGV[1] or redis.call('EXISTS', KEYS[2]) == 1 then
          return 0
        end
        redis.call('HSET', KEYS[2], 'app', ARGV[3], 'token', ARGV[4], 'command', ARGV[5], 'owner', ARGV[2], 'replica', ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[6])
        return 1
        """;

    /// <summary>
    /// Frees a run's slot and forgets it, unless another replica has since taken the id (the lease expired and the same
    /// interaction was admitted again) or a reaper already did. Uses KEYS 1 to 5. ARGV: run id, replica id.
    /// </summary>
    public const string Release = """
        local holder = redis.call('HGET', KEYS[3], 'replica')
        if holder == ARGV[2] or redis.call('EXISTS', KEYS[3]) == 0 then
          redis.call('ZREM', KEYS[1], ARGV[1])
          redis.call('ZREM', KEYS[2], ARGV[1])
          redis.call('ZREM', KEYS[4], ARGV[1])
          redis.call('DEL', KEYS[3], KEYS[5])
          return 1
        end
        return 0
        """;

    /// <summary>
    /// Says "this replica is alive" until the given time. KEYS: 1 = the replicas' heartbeats. ARGV: replica id, expiry
    /// ms, keep ms.
    /// </summary>
    public const string Heartbeat = """
        redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    /// <summary>
    /// Takes a run whose lease expired: only while the lease is still expired (so among several sweeping replicas
    /// exactly one wins, and a run renewed meanwhile stays), only when the replica holding it is not alive (its
    /// heartbeat expired too: a live replica whose renewals merely failed registers its runs again), and never a run
    /// the claiming replica is still running. Removes the run from the sets, forgets its reply hash, and leaves
    /// <c>reaped</c> in the run's hash for the token's lifetime. KEYS: 1 = the lease set, 2 = the total set, 3 = the
    /// run's hash, 4 = the run's reply hash, 5 = the replicas' heartbeats. ARGV: 1 run id, 2 now ms, 3 the claiming
    /// replica, 4 "1" when the claiming replica is running it, 5 keep ms. Returns nil (not taken), {"finished", owner}
    /// (the claiming replica's own run that ended but whose release never reached the store: nothing to tell), or
    /// {"lost", owner, holder, application id, token, command} (empty strings for what the store no longer has).
    /// </summary>
    public const string Claim = """
        local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
        if not score or tonumber(score) > tonumber(ARGV[2]) then
          return false
        end
        local holder = redis.call('HGET', KEYS[3], 'replica') or redis.call('HGET', KEYS[4], 'replica')
        if holder == ARGV[3] and ARGV[4] == '1' then
          return false
        end
        if holder and holder ~= ARGV[3] then
          local beat = redis.call('ZSCORE', KEYS[5], holder)
          if beat and tonumber(beat) > tonumber(ARGV[2]) then
            return false
          end
        end
        local owner = redis.call('HGET', KEYS[3], 'owner') or redis.call('HGET', KEYS[4], 'owner') or ''
        local reply = redis.call('HMGET', KEYS[4], 'app', 'token', 'command')
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('DEL', KEYS[3], KEYS[4])
        redis.call('HSET', KEYS[3], 'reaped', ARGV[3])
        redis.call('PEXPIRE', KEYS[3], ARGV[5])
        if holder == ARGV[3] then
          return {'finished', owner}
        end
        return {'lost', owner, holder or '', reply[1] or '', reply[2] or '', reply[3] or ''}
        """;
}
