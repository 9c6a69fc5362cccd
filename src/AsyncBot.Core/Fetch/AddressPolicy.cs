using System.Net;
using System.Net.Sockets;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// The pure rule for which IP addresses a fetch may connect to. No I/O: tests cover every class without
/// connecting anywhere, and both the early check and the connect-time check ask the same question.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Classifies <paramref name="address"/>; IPv6 forms that embed an IPv4 address take that address's class.</summary>
    public static AddressClass Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address.GetAddressBytes()),
            _ => AddressClass.Reserved,
        };
    }

    /// <summary>Whether a fetch may connect to <paramref name="address"/>.</summary>
    /// <param name="address">The address about to be connected to.</param>
    /// <param name="allowPrivateNetworks"><see cref="FetchOptions.AllowPrivateNetworks"/>: when true, every address is allowed.</param>
    public static bool IsAllowed(IPAddress address, bool allowPrivateNetworks) =>
        allowPrivateNetworks || Classify(address) == AddressClass.Public;

    /// <summary>A phrase for refusal messages, e.g. "a private address".</summary>
    public static string Describe(AddressClass addressClass) => addressClass switch
    {
        AddressClass.Public => "a public address",
        AddressClass.Unspecified => "the unspecified address",
        AddressClass.ThisNetwork => "a \"this network\" address",
        AddressClass.Loopback => "a loopback address",
        AddressClass.Private => "a private address",
        AddressClass.SharedAddressSpace => "a carrier-grade NAT address",
        AddressClass.LinkLocal => "a link-local address",
        AddressClass.SiteLocal => "a site-local address",
        AddressClass.UniqueLocal => "a unique-local address",
        AddressClass.Multicast => "a multicast address",
        AddressClass.Broadcast => "the broadcast address",
        AddressClass.Documentation => "a documentation address",
        _ => "a reserved address",
    };

    private static AddressClass ClassifyV4(ReadOnlySpan<byte> b) => (b[0], b[1]) switch
    {
        (0, _) when b[2] == 0 && b[3] == 0 && b[1] == 0 => AddressClass.Unspecified,
        (0, _) => AddressClass.ThisNetwork,
        (10, _) => AddressClass.Private,
        (100, >= 64 and <= 127) => AddressClass.SharedAddressSpace,
        (127, _) => AddressClass.Loopback,
        (169, 254) => AddressClass.LinkLocal,
        (172, >= 16 and <= 31) => AddressClass.Private,
        (192, 0) when b[2] == 0 => AddressClass.Reserved,
        (192, 0) when b[2] == 2 => AddressClass.Documentation,
        (192, 88) when b[2] == 99 => AddressClass.Reserved, // deprecated 6to4 relay anycast
        (192, 168) => AddressClass.Private,
        (198, 18 or 19) => AddressClass.Reserved, // benchmarking; also used for "fake IP" DNS by local proxies
        (198, 51) when b[2] == 100 => AddressClass.Documentation,
        (203, 0) when b[2] == 113 => AddressClass.Documentation,
        ( >= 224 and <= 239, _) => AddressClass.Multicast,
        (255, 255) when b[2] == 255 && b[3] == 255 => AddressClass.Broadcast,
        ( >= 240, _) => AddressClass.Reserved,
        _ => AddressClass.Public,
    };

    private static AddressClass ClassifyV6(byte[] b)
    {
        var embedded = Ipv6Embedding.TryGetIpv4(b);
        if (embedded.Kind != Ipv6EmbeddingKind.None)
        {
            var inner = ClassifyV4(embedded.Ipv4);
            // Nobody serves a public site from the deprecated IPv4-compatible form or through Teredo; a public
            // address there is a trick, not a destination.
            return inner == AddressClass.Public && embedded.Kind is Ipv6EmbeddingKind.Compatible
                ? AddressClass.Reserved
                : inner;
        }

        if (b.AsSpan(0, 15).IndexOfAnyExcept((byte)0) < 0)
        {
            return b[15] switch { 0 => AddressClass.Unspecified, 1 => AddressClass.Loopback, _ => AddressClass.Reserved };
        }

        return (b[0], b[1]) switch
        {
            (0xff, _) => AddressClass.Multicast,
            (0xfe, >= 0x80 and <= 0xbf) => AddressClass.LinkLocal,
            (0xfe, >= 0xc0) => AddressClass.SiteLocal,
            (0xfc or 0xfd, _) => AddressClass.UniqueLocal,
            (0x00, 0x64) when b[2] == 0xff && b[3] == 0x9b && b[4] == 0x00 && b[5] == 0x01 => AddressClass.Private,
            (0x20, 0x01) when b[2] == 0x0d && b[3] == 0xb8 => AddressClass.Documentation,
            (0x20, 0x01) when b[2] == 0x00 && b[3] == 0x00 => AddressClass.Reserved, // Teredo hides its real peer
            ( >= 0x20 and <= 0x3f, _) => AddressClass.Public,
            _ => AddressClass.Reserved, // outside 2000::/3 nothing is globally assigned
        };
    }
}
