using System.Net;
using AsyncBot.Core.Fetch;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class AddressPolicyTests
{
    [Theory]
    // IPv4
    [InlineData("0.0.0.0", AddressClass.Unspecified)]
    [InlineData("0.1.2.3", AddressClass.ThisNetwork)]
    [InlineData("0.255.255.255", AddressClass.ThisNetwork)]
    [InlineData("10.0.0.0", AddressClass.Private)]
    [InlineData("10.0.0.5", AddressClass.Private)]
    [InlineData("10.255.255.255", AddressClass.Private)]
    [InlineData("100.63.255.255", AddressClass.Public)]
    [InlineData("100.64.0.0", AddressClass.SharedAddressSpace)]
    [InlineData("100.127.255.255", AddressClass.SharedAddressSpace)]
    [InlineData("100.128.0.0", AddressClass.Public)]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("127.255.255.254", AddressClass.Loopback)]
    [InlineData("169.254.0.1", AddressClass.LinkLocal)]
    [InlineData("169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("172.15.255.255", AddressClass.Public)]
    [InlineData("172.16.0.0", AddressClass.Private)]
    [InlineData("172.31.255.255", AddressClass.Private)]
    [InlineData("172.32.0.0", AddressClass.Public)]
    [InlineData("192.0.0.8", AddressClass.Reserved)]
    [InlineData("192.0.2.1", AddressClass.Documentation)]
    [InlineData("192.88.99.1", AddressClass.Reserved)]
    [InlineData("192.167.255.255", AddressClass.Public)]
    [InlineData("192.168.0.0", AddressClass.Private)]
    [InlineData("192.168.255.255", AddressClass.Private)]
    [InlineData("192.169.0.0", AddressClass.Public)]
    [InlineData("198.18.0.1", AddressClass.Reserved)]
    [InlineData("198.19.255.255", AddressClass.Reserved)]
    [InlineData("198.51.100.7", AddressClass.Documentation)]
    [InlineData("203.0.113.9", AddressClass.Documentation)]
    [InlineData("224.0.0.1", AddressClass.Multicast)]
    [InlineData("239.255.255.255", AddressClass.Multicast)]
    [InlineData("240.0.0.1", AddressClass.Reserved)]
    [InlineData("255.255.255.254", AddressClass.Reserved)]
    [InlineData("255.255.255.255", AddressClass.Broadcast)]
    [InlineData("1.1.1.1", AddressClass.Public)]
    [InlineData("93.184.216.34", AddressClass.Public)]
    [InlineData("223.255.255.255", AddressClass.Public)]
    // IPv6
    [InlineData("::", AddressClass.Unspecified)]
    [InlineData("::1", AddressClass.Loopback)]
    [InlineData("::2", AddressClass.Reserved)]
    [InlineData("fe80::1", AddressClass.LinkLocal)]
    [InlineData("febf:ffff::1", AddressClass.LinkLocal)]
    [InlineData("fec0::1", AddressClass.SiteLocal)]
    [InlineData("feff::1", AddressClass.SiteLocal)]
    [InlineData("fc00::1", AddressClass.UniqueLocal)]
    [InlineData("fd00:ec2::254", AddressClass.UniqueLocal)]
    [InlineData("ff02::1", AddressClass.Multicast)]
    [InlineData("ff0e::1", AddressClass.Multicast)]
    [InlineData("2001:db8::1", AddressClass.Documentation)]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressClass.Reserved)]
    [InlineData("100::1", AddressClass.Reserved)]
    [InlineData("4000::1", AddressClass.Reserved)]
    [InlineData("64:ff9b:1::a00:5", AddressClass.Private)]
    [InlineData("2606:4700:4700::1111", AddressClass.Public)]
    [InlineData("2a00:1450:4001::1", AddressClass.Public)]
    public void Classify_Address_ReturnsItsClass(string address, AddressClass expected) =>
        Assert.Equal(expected, AddressPolicy.Classify(IPAddress.Parse(address)));

    [Theory]
    // IPv4-mapped ::ffff:a.b.c.d takes the class of a.b.c.d.
    [InlineData("::ffff:127.0.0.1", AddressClass.Loopback)]
    [InlineData("::ffff:10.0.0.5", AddressClass.Private)]
    [InlineData("::ffff:172.16.0.1", AddressClass.Private)]
    [InlineData("::ffff:192.168.1.1", AddressClass.Private)]
    [InlineData("::ffff:169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("::ffff:100.64.0.1", AddressClass.SharedAddressSpace)]
    [InlineData("::ffff:0.0.0.0", AddressClass.Unspecified)]
    [InlineData("::ffff:0.1.2.3", AddressClass.ThisNetwork)]
    [InlineData("::ffff:224.0.0.1", AddressClass.Multicast)]
    [InlineData("::ffff:255.255.255.255", AddressClass.Broadcast)]
    [InlineData("::ffff:7f00:1", AddressClass.Loopback)]
    [InlineData("::ffff:8.8.8.8", AddressClass.Public)]
    // IPv4-compatible ::a.b.c.d likewise; a public one is a trick, not a destination.
    [InlineData("::127.0.0.1", AddressClass.Loopback)]
    [InlineData("::10.0.0.5", AddressClass.Private)]
    [InlineData("::169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("::192.168.0.1", AddressClass.Private)]
    [InlineData("::100.64.0.1", AddressClass.SharedAddressSpace)]
    [InlineData("::224.0.0.1", AddressClass.Multicast)]
    [InlineData("::255.255.255.255", AddressClass.Broadcast)]
    [InlineData("::8.8.8.8", AddressClass.Reserved)]
    // NAT64 64:ff9b::a.b.c.d translates to a.b.c.d.
    [InlineData("64:ff9b::127.0.0.1", AddressClass.Loopback)]
    [InlineData("64:ff9b::10.0.0.5", AddressClass.Private)]
    [InlineData("64:ff9b::169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("64:ff9b::c0a8:101", AddressClass.Private)]
    [InlineData("64:ff9b::100.64.0.1", AddressClass.SharedAddressSpace)]
    [InlineData("64:ff9b::0.0.0.0", AddressClass.Unspecified)]
    [InlineData("64:ff9b::8.8.8.8", AddressClass.Public)]
    // 6to4 2002:AABB:CCDD:: tunnels to AA.BB.CC.DD.
    [InlineData("2002:7f00:1::1", AddressClass.Loopback)]
    [InlineData("2002:a9fe:a9fe::1", AddressClass.LinkLocal)]
    [InlineData("2002:0a00:0005::1", AddressClass.Private)]
    [InlineData("2002:0808:0808::1", AddressClass.Public)]
    public void Classify_Ipv6EmbeddingIpv4_TakesTheEmbeddedClass(string address, AddressClass expected) =>
        Assert.Equal(expected, AddressPolicy.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.5")]
    [InlineData("169.254.169.254")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("fd00::1")]
    [InlineData("224.0.0.1")]
    public void IsAllowed_NonPublicWithoutPrivateNetworks_IsFalse(string address) =>
        Assert.False(AddressPolicy.IsAllowed(IPAddress.Parse(address), allowPrivateNetworks: false));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.5")]
    [InlineData("::1")]
    [InlineData("93.184.216.34")]
    public void IsAllowed_WithPrivateNetworks_IsTrue(string address) =>
        Assert.True(AddressPolicy.IsAllowed(IPAddress.Parse(address), allowPrivateNetworks: true));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void IsAllowed_PublicWithoutPrivateNetworks_IsTrue(string address) =>
        Assert.True(AddressPolicy.IsAllowed(IPAddress.Parse(address), allowPrivateNetworks: false));

    [Fact]
    public void Describe_EveryClass_HasAPhrase()
    {
        foreach (var addressClass in Enum.GetValues<AddressClass>())
        {
            Assert.StartsWith(addressClass is AddressClass.Unspecified or AddressClass.Broadcast ? "the " : "a", AddressPolicy.Describe(addressClass));
        }

        Assert.Equal("a private address", AddressPolicy.Describe(AddressClass.Private));
    }
}
