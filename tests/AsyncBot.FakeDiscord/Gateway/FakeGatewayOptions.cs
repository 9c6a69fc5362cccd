namespace AsyncBot.FakeDiscord.Gateway;

/// <summary>
/// Settings and switches of the fake gateway. Switches (<see cref="SendHeartbeatAcks"/>,
/// <see cref="EnforceHeartbeats"/>, the session-start numbers) may be flipped while it runs.
/// </summary>
public sealed class FakeGatewayOptions
{
    /// <summary>Hello's <c>heartbeat_interval</c> in ms. Short by default so real-clock tests see heartbeats.</summary>
    public int HeartbeatIntervalMs { get; set; } = 1000;

    /// <summary>Close a connection (4000, session kept) when no heartbeat arrives within interval × <see cref="HeartbeatTimeoutFactor"/>.</summary>
    public bool EnforceHeartbeats { get; set; } = true;

    /// <summary>How many intervals may pass without a heartbeat.</summary>
    public double HeartbeatTimeoutFactor { get; set; } = 1.5;

    /// <summary>Answer op 1 with op 11. Turn off to make the connection look like a zombie to the client.</summary>
    public bool SendHeartbeatAcks { get; set; } = true;

    /// <summary>Send ACKs as bare <c>{"op":11}</c> instead of the full frame.</summary>
    public bool BareHeartbeatAcks { get; set; }

    /// <summary>Privileged intent bits (1&lt;&lt;1, 1&lt;&lt;8, 1&lt;&lt;15) the app is allowed; others close with 4014.</summary>
    public int AllowedPrivilegedIntents { get; set; }

    /// <summary>When set, Identify must carry this token instead of the server's (to provoke 4004 after a good REST call).</summary>
    public string? IdentifyToken { get; set; }

    /// <summary><c>session_start_limit.total</c>.</summary>
    public int SessionStartTotal { get; set; } = 1000;

    /// <summary><c>session_start_limit.remaining</c>; each accepted Identify takes one; at 0 Identify gets op 9 false.</summary>
    public int SessionStartRemaining { get; set; } = 1000;

    /// <summary><c>session_start_limit.reset_after</c> in ms.</summary>
    public long SessionStartResetAfterMs { get; set; } = 61_354_812;

    /// <summary><c>session_start_limit.max_concurrency</c>: identifies allowed per 5 s; more get op 9 false.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>
    /// Pace as Discord does for sharded bots: one Identify per rate-limit bucket (<c>shard_id % max_concurrency</c>)
    /// per 5 s. Off by default, when any <see cref="MaxConcurrency"/> identifies per 5 s pass whatever their shards,
    /// so tests can run several single-shard bots against one fake.
    /// </summary>
    public bool PaceIdentifiesByBucket { get; set; }

    /// <summary>The <c>shards</c> value of <c>GET /gateway/bot</c>.</summary>
    public int Shards { get; set; } = 1;

    /// <summary>How long a detached session stays resumable; later Resume gets op 9 false.</summary>
    public TimeSpan SessionResumeWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Client frames allowed per <see cref="SendWindow"/>; one more closes with 4008.</summary>
    public int SendLimit { get; set; } = 120;

    /// <summary>The send-limit window.</summary>
    public TimeSpan SendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>When set, every new connection is closed at once with this code instead of Hello (to test backoff).</summary>
    public int? RejectConnectionsWithCloseCode { get; set; }

    /// <summary>
    /// The clock for heartbeat deadlines, session windows, identify pacing and send limits. Share the client's
    /// FakeTimeProvider with the fake so both sides agree on time.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
