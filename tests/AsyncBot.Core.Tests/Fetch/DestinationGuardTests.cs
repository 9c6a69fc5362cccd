using System.Net;
using System.Net.Sockets;
using AsyncBot.Core.Fetch;
using AsyncBot.Core.Tests.Fetch.Support;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class DestinationGuardTests
{
    [Theory]
    [InlineData("10.0.0.5", "resolves to a private address (10.0.0.5)")]
    [InlineData("127.0.0.1", "resolves to a loopback address (127.0.0.1)")]
    [InlineData("169.254.169.254", "resolves to a link-local address (169.254.169.254)")]
    [InlineData("::ffff:192.168.0.10", "resolves to a private address (::ffff:192.168.0.10)")]
    [InlineData("fd12::1", "resolves to a unique-local address (fd12::1)")]
    public async Task ResolveAllowedAsync_NameWithOnlyBlockedAddresses_IsRefusedNamingTheAddress(string address, string reason)
    {
        var guard = new DestinationGuard(new FakeHostResolver().Map("evil.test", address), allowPrivateNetworks: false);

        var refused = await Assert.ThrowsAsync<DestinationRefusedException>(() => guard.ResolveAllowedAsync("evil.test", default));

        Assert.Equal(reason, refused.Message);
    }

    [Fact]
    public async Task ResolveAllowedAsync_MixedAddresses_KeepsOnlyThePublicOnes()
    {
        var resolver = new FakeHostResolver().Map("mixed.test", "10.0.0.5", "93.184.216.34", "::1", "2606:4700::1");
        var guard = new DestinationGuard(resolver, allowPrivateNetworks: false);

        var allowed = await guard.ResolveAllowedAsync("mixed.test", default);

        Assert.Equal(["93.184.216.34", "2606:4700::1"], allowed.Select(address => address.ToString()));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("foo.localhost")]
    [InlineData("LOCALHOST.")]
    public async Task ResolveAllowedAsync_LocalhostName_IsRefusedWithoutALookup(string host)
    {
        var resolver = new FakeHostResolver().Map(host.TrimEnd('.'), "93.184.216.34");
        var guard = new DestinationGuard(resolver, allowPrivateNetworks: false);

        await Assert.ThrowsAsync<DestinationRefusedException>(() => guard.ResolveAllowedAsync(host, default));

        Assert.Empty(resolver.Lookups);
    }

    [Fact]
    public async Task ResolveAllowedAsync_UnknownName_ThrowsHostNotFound()
    {
        var guard = new DestinationGuard(new FakeHostResolver(), allowPrivateNetworks: false);

        var error = await Assert.ThrowsAsync<SocketException>(() => guard.ResolveAllowedAsync("nowhere.test", default));

        Assert.Equal(SocketError.HostNotFound, error.SocketErrorCode);
    }

    [Fact]
    public async Task ResolveAllowedAsync_PrivateNetworksAllowed_KeepsEveryAddress()
    {
        var guard = new DestinationGuard(new FakeHostResolver().Map("lan.test", "10.0.0.5", "127.0.0.1"), allowPrivateNetworks: true);

        var allowed = await guard.ResolveAllowedAsync("lan.test", default);

        Assert.Equal(2, allowed.Length);
    }

    [Fact]
    public async Task ConnectAsync_NameResolvingToBlockedAddress_NeverDials()
    {
        var dialer = new LoopbackOnlyDialer();
        var guard = new DestinationGuard(new FakeHostResolver().Map("metadata.test", "169.254.169.254"), allowPrivateNetworks: false);

        await Assert.ThrowsAsync<DestinationRefusedException>(
            async () => await guard.ConnectAsync(new DnsEndPoint("metadata.test", 80), dialer, default));

        Assert.Empty(dialer.Attempts);
    }

    [Fact]
    public async Task ConnectAsync_MixedAddresses_DialsOnlyTheAllowedOne()
    {
        await using var server = LoopbackHttpServer.Start(exchange => exchange.RespondAsync(200, "OK", "hi"));
        var dialer = new LoopbackOnlyDialer().Translate("93.184.216.34");
        var resolver = new FakeHostResolver().Map("mixed.test", "10.0.0.5", "127.0.0.1", "93.184.216.34");
        var guard = new DestinationGuard(resolver, allowPrivateNetworks: false);

        await using var stream = await guard.ConnectAsync(new DnsEndPoint("mixed.test", server.Port), dialer, default);

        Assert.Equal([IPAddress.Parse("93.184.216.34")], dialer.Attempts.Select(endPoint => endPoint.Address));
        Assert.Empty(dialer.Violations);
    }

    [Fact]
    public async Task ConnectAsync_Ipv4MappedAddress_DialsThePlainIpv4Address()
    {
        await using var server = LoopbackHttpServer.Start(exchange => exchange.RespondAsync(200, "OK", "hi"));
        var dialer = new LoopbackOnlyDialer();
        var guard = new DestinationGuard(new FakeHostResolver().Map("mapped.test", "::ffff:127.0.0.1"), allowPrivateNetworks: true);

        await using var stream = await guard.ConnectAsync(new DnsEndPoint("mapped.test", server.Port), dialer, default);

        Assert.Equal(IPAddress.Loopback, Assert.Single(dialer.Attempts).Address);
    }
}
