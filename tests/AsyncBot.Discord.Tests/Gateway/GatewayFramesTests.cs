using System.Text;
using System.Text.Json.Nodes;
using AsyncBot.Discord.Gateway;
using AsyncBot.FakeDiscord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayFramesTests
{
    private static readonly DiscordToken Token = CreateToken();

    private static DiscordToken CreateToken()
    {
        DiscordToken.TryCreate("MTMwNjU2MTkzNDc4NjcxOTc4Ng.GfAkE0.FAKE-token-for-loopback-tests-only-00000", out var token, out _);
        return token!;
    }

    private static JsonNode Parse(byte[] frame) => JsonNode.Parse(Encoding.UTF8.GetString(frame))!;

    [Fact]
    public void Identify_MatchesTheFixtureShape()
    {
        var frame = Parse(GatewayFrames.Identify(Token, 0, 1));
        var fixture = JsonNode.Parse(FakeFixtures.Text("identify.json"))!;

        Assert.Equal(2, frame["op"]!.GetValue<int>());
        Assert.Equal(fixture["d"]!["token"]!.GetValue<string>(), frame["d"]!["token"]!.GetValue<string>());
        Assert.Equal(0, frame["d"]!["intents"]!.GetValue<int>());
        Assert.Equal("[0,1]", frame["d"]!["shard"]!.ToJsonString());
        Assert.Equal("AsyncBot", frame["d"]!["properties"]!["browser"]!.GetValue<string>());
        Assert.Equal("AsyncBot", frame["d"]!["properties"]!["device"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(frame["d"]!["properties"]!["os"]!.GetValue<string>()));
        Assert.Null(frame["d"]!["compress"]);
    }

    [Fact]
    public void Resume_CarriesSessionAndSequence()
    {
        var frame = Parse(GatewayFrames.Resume(Token, "5c1f0e9a7b3d4e21a8f6c09d2b7e4a13", 7));

        Assert.Equal(JsonNode.Parse(FakeFixtures.Text("resume.json"))!.ToJsonString(), frame.ToJsonString());
    }

    [Theory]
    [InlineData(null, """{"op":1,"d":null}""")]
    [InlineData(2L, """{"op":1,"d":2}""")]
    public void Heartbeat_CarriesTheLastSequenceOrNull(long? sequence, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(GatewayFrames.Heartbeat(sequence)));
}
