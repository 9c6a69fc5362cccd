namespace AsyncBot.Runs.Redis;

/// <summary>
/// The <c>State</c> section: where run state lives. Empty <see cref="Redis"/> keeps it in this process (one bot, the
/// default); a connection string shares it with every replica pointed at the same Redis-protocol store.
/// </summary>
public sealed class StateOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "State";

    /// <summary>
    /// A StackExchange.Redis connection string (<c>redis:6379,password=…</c>) for Redis, Valkey or Garnet. Empty by
    /// default: a single bot needs no store, and the in-memory registry has no network hop on the 3-second path.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>
    /// Prefix of every key and channel. <c>asyncbot</c> by default; give bots that share one store different
    /// prefixes so their limits stay apart.
    /// </summary>
    public string KeyPrefix { get; set; } = "asyncbot";

    /// <summary>
    /// How long a run's slot outlives its replica's last renewal. 10 s: a dead replica's runs are noticed — their
    /// users told, their slots free — within about 12 s of its death (this plus <see cref="SweepSeconds"/>), while two
    /// missed renewals in a row (a GC pause, a store failover) are survived.
    /// </summary>
    public int LeaseSeconds { get; set; } = 10;

    /// <summary>
    /// How often a replica renews the leases of the runs it holds. 3 s, under a third of the lease, so one lost
    /// renewal never frees a live run's slot.
    /// </summary>
    public int RenewSeconds { get; set; } = 3;

    /// <summary>How often every replica looks for runs whose lease expired, to tell their users they were lost.</summary>
    public int SweepSeconds { get; set; } = 2;

    /// <summary>Whether a store is configured at all.</summary>
    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);
}
