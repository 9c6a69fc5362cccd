using System.Net;
using AsyncBot.Playground.Web;

namespace AsyncBot.Tests.Playground.Web;

public class VisitorIdentityTests
{
    private const string KeyA = "aaaaaaaaaaaaaaaaaaaaaaaa";
    private const string KeyB = "bbbbbbbbbbbbbbbbbbbbbbbb";

    [Fact]
    public void UserId_OnLoopback_EachTabIsItsOwnUserAndAReloadKeepsIt()
    {
        var first = VisitorIdentity.UserId(KeyA, IPAddress.Loopback, keyByAddress: true);

        Assert.Equal(first, VisitorIdentity.UserId(KeyA, IPAddress.Loopback, keyByAddress: true));
        Assert.NotEqual(first, VisitorIdentity.UserId(KeyB, IPAddress.Loopback, keyByAddress: true));
        Assert.True(ulong.TryParse(first, out _));
    }

    [Fact]
    public void UserId_RemoteVisitorWhenRemoteIsAllowed_IsOneUserWhateverTheTab()
    {
        var remote = IPAddress.Parse("192.0.2.7");

        Assert.Equal(VisitorIdentity.UserId(KeyA, remote, keyByAddress: true), VisitorIdentity.UserId(KeyB, remote, keyByAddress: true));
        Assert.Equal(VisitorIdentity.UserId(KeyA, remote, keyByAddress: true), VisitorIdentity.UserId(KeyB, remote.MapToIPv6(), keyByAddress: true));
        Assert.NotEqual(VisitorIdentity.UserId(KeyA, remote, keyByAddress: true), VisitorIdentity.UserId(KeyA, IPAddress.Parse("192.0.2.8"), keyByAddress: true));
    }

    [Theory]
    [InlineData("  Ada  ", "Ada")]
    [InlineData("Ada\u0000\u202E Lovelace\n", "Ada Lovelace")]
    [InlineData("a   b\t\tc", "a b c")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void CleanName_RemovesControlsAndCollapsesSpaces_KeepingOtherCharactersForThePageToEscape(string? raw, string? expected)
    {
        Assert.Equal(expected, VisitorIdentity.CleanName(raw));
    }

    [Fact]
    public void CleanName_TooLong_IsCutTo32()
    {
        Assert.Equal(32, VisitorIdentity.CleanName(new string('x', 100))!.Length);
    }

    [Theory]
    [InlineData(KeyA, true)]
    [InlineData("short", false)]
    [InlineData("has spaces in it, sixteen+", false)]
    [InlineData(null, false)]
    public void IsSessionKey_AcceptsOnlyWhatThePageGenerates(string? key, bool expected)
    {
        Assert.Equal(expected, VisitorIdentity.IsSessionKey(key));
    }
}
