using AsyncBot.Core.Fetch;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://jsonplaceholder.typicode.com/posts/1", "jsonplaceholder.typicode.com")]
    [InlineData("http://example.com:8080/a?b=c", "example.com")]
    [InlineData("HTTPS://EXAMPLE.COM/", "example.com")]
    [InlineData("http://93.184.216.34/", "93.184.216.34")]
    [InlineData("http://[2606:4700:4700::1111]/", "2606:4700:4700::1111")]
    public void Check_PublicHttpUrl_IsAllowed(string url, string host)
    {
        var check = UrlPolicy.Check(url, allowPrivateNetworks: false);

        Assert.True(check.IsAllowed, check.Refusal);
        Assert.Equal(host, check.Host);
    }

    [Theory]
    [InlineData("ftp://example.com/file", "the scheme 'ftp' is not allowed (use http or https)")]
    [InlineData("file:///etc/passwd", "the scheme 'file' is not allowed (use http or https)")]
    [InlineData("gopher://example.com/", "the scheme 'gopher' is not allowed (use http or https)")]
    [InlineData("javascript:alert(1)", "the scheme 'javascript' is not allowed (use http or https)")]
    [InlineData("example.com/posts/1", "not an absolute http:// or https:// URL")]
    [InlineData("/posts/1", "not an absolute http:// or https:// URL")]
    [InlineData("http://user:secret@example.com/", "URLs with a user name or password are not allowed")]
    [InlineData("https://token@example.com/", "URLs with a user name or password are not allowed")]
    public void Check_BadSchemeOrUserInfo_IsRefusedEvenWithPrivateNetworks(string url, string reason)
    {
        Assert.Equal(reason, UrlPolicy.Check(url, allowPrivateNetworks: false).Refusal);
        Assert.Equal(reason, UrlPolicy.Check(url, allowPrivateNetworks: true).Refusal);
    }

    [Fact]
    public void Check_UrlOver2048Characters_IsRefused()
    {
        var fits = "https://example.com/" + new string('a', UrlPolicy.MaxUrlLength - 20);
        var tooLong = fits + "a";

        Assert.True(UrlPolicy.Check(fits, allowPrivateNetworks: false).IsAllowed);
        Assert.Equal("the URL is longer than 2048 characters", UrlPolicy.Check(tooLong, allowPrivateNetworks: false).Refusal);
    }

    [Theory]
    [InlineData("http://127.0.0.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://127.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://2130706433/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f.0.0.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f000001/", "127.0.0.1 is a loopback address")]
    [InlineData("http://017700000001/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0177.0.0.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://127.0.0.1./", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1 is a loopback address")]
    [InlineData("http://[::127.0.0.1]/", "::127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]:8080/", "::1 is a loopback address")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/", "64:ff9b::a9fe:a9fe is a link-local address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://10.0.0.5/", "10.0.0.5 is a private address")]
    [InlineData("http://172.16.0.1/", "172.16.0.1 is a private address")]
    [InlineData("http://192.168.1.1/", "192.168.1.1 is a private address")]
    [InlineData("http://100.64.0.1/", "100.64.0.1 is a carrier-grade NAT address")]
    [InlineData("http://0.0.0.0/", "0.0.0.0 is the unspecified address")]
    [InlineData("http://[::]/", ":: is the unspecified address")]
    [InlineData("http://224.0.0.1/", "224.0.0.1 is a multicast address")]
    [InlineData("http://255.255.255.255/", "255.255.255.255 is the broadcast address")]
    [InlineData("http://[fe80::1]/", "fe80::1 is a link-local address")]
    [InlineData("http://[fd00::1]/", "fd00::1 is a unique-local address")]
    [InlineData("http://[fec0::1]/", "fec0::1 is a site-local address")]
    [InlineData("http://localhost/", "'localhost' is a loopback name")]
    [InlineData("http://LOCALHOST./", "'localhost' is a loopback name")]
    [InlineData("http://foo.localhost:3000/", "'foo.localhost' is a loopback name")]
    public void Check_NonPublicLiteralOrLoopbackName_IsRefused(string url, string reason)
    {
        var check = UrlPolicy.Check(url, allowPrivateNetworks: false);

        Assert.False(check.IsAllowed);
        Assert.Equal(reason, check.Refusal);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://localhost/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://10.0.0.5/")]
    public void Check_PrivateWithPrivateNetworksAllowed_IsAllowed(string url) =>
        Assert.True(UrlPolicy.Check(url, allowPrivateNetworks: true).IsAllowed);

    [Fact]
    public void Check_ObfuscatedLiteral_ExposesTheParsedAddress()
    {
        var check = UrlPolicy.Check("http://0x7f.0.0.1/", allowPrivateNetworks: true);

        Assert.Equal("127.0.0.1", check.Literal?.ToString());
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("a.b.localhost", true)]
    [InlineData("localhost.", true)]
    [InlineData("localhost.example.com", false)]
    [InlineData("notlocalhost", false)]
    public void IsLocalhostName_Host_RecognisesTheLocalhostTree(string host, bool expected) =>
        Assert.Equal(expected, UrlPolicy.IsLocalhostName(host));
}
