namespace AsyncBot.Core.Fetch;

/// <summary>Finds the IPv4 address hidden in an IPv6 address, so the policy judges where traffic really goes.</summary>
internal readonly record struct Ipv6Embedding(Ipv6EmbeddingKind Kind, byte[] Ipv4)
{
    private static readonly Ipv6Embedding None = new(Ipv6EmbeddingKind.None, []);

    public static Ipv6Embedding TryGetIpv4(byte[] v6)
    {
        var bytes = v6.AsSpan();
        if (bytes[..10].IndexOfAnyExcept((byte)0) < 0 && bytes[10] == 0xff && bytes[11] == 0xff)
        {
            return new(Ipv6EmbeddingKind.Mapped, bytes[12..].ToArray());
        }

        // ::a.b.c.d, but not :: and ::1, which are IPv6's own unspecified and loopback addresses.
        if (bytes[..12].IndexOfAnyExcept((byte)0) < 0 && (bytes[12] | bytes[13] | bytes[14]) != 0)
        {
            return new(Ipv6EmbeddingKind.Compatible, bytes[12..].ToArray());
        }

        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b
            && bytes[4..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return new(Ipv6EmbeddingKind.Nat64, bytes[12..].ToArray());
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return new(Ipv6EmbeddingKind.SixToFour, bytes[2..6].ToArray());
        }

        return None;
    }
}
