namespace AsyncBot.Core.Fetch;

/// <summary>What kind of destination an IP address is, as far as fetching strangers' URLs is concerned.</summary>
public enum AddressClass
{
    /// <summary>A globally routable unicast address: the only class fetched when private networks are not allowed.</summary>
    Public,

    /// <summary>0.0.0.0 or ::. Connecting to it reaches the local host on most systems.</summary>
    Unspecified,

    /// <summary>0.0.0.0/8, "this network".</summary>
    ThisNetwork,

    /// <summary>127.0.0.0/8 or ::1.</summary>
    Loopback,

    /// <summary>10/8, 172.16/12, 192.168/16, and the local-use NAT64 prefix 64:ff9b:1::/48.</summary>
    Private,

    /// <summary>100.64.0.0/10, carrier-grade NAT space; often the provider's internal network.</summary>
    SharedAddressSpace,

    /// <summary>169.254.0.0/16 (where cloud metadata services such as 169.254.169.254 live) or fe80::/10.</summary>
    LinkLocal,

    /// <summary>fec0::/10, deprecated IPv6 site-local space.</summary>
    SiteLocal,

    /// <summary>fc00::/7, IPv6 unique-local space (the IPv6 counterpart of the private ranges).</summary>
    UniqueLocal,

    /// <summary>224.0.0.0/4 or ff00::/8.</summary>
    Multicast,

    /// <summary>255.255.255.255.</summary>
    Broadcast,

    /// <summary>Ranges set aside for examples: 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32.</summary>
    Documentation,

    /// <summary>Anything else that is not public: 240/4, 198.18/15, 192.0.0/24, Teredo, unassigned IPv6.</summary>
    Reserved,
}
