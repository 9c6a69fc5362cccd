namespace AsyncBot.Core.Fetch;

/// <summary>The ways an IPv6 address can carry an IPv4 address that is really the destination.</summary>
internal enum Ipv6EmbeddingKind
{
    None,

    /// <summary>::ffff:a.b.c.d — an IPv4 connection through a dual-stack socket.</summary>
    Mapped,

    /// <summary>::a.b.c.d — deprecated, but still routed to the IPv4 address by some stacks.</summary>
    Compatible,

    /// <summary>64:ff9b::a.b.c.d — the well-known NAT64 prefix translates to the IPv4 address.</summary>
    Nat64,

    /// <summary>2002:AABB:CCDD::/48 — 6to4 tunnels to the IPv4 address.</summary>
    SixToFour,
}
