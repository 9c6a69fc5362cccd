using AsyncBot.Discord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayUriTests
{
    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-c.discord.gg", "wss://gateway-us-east1-c.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/gateway", "ws://127.0.0.1:5000/gateway?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/gateway?v=9&compress=zlib-stream&x=1", "ws://127.0.0.1:5000/gateway?x=1&v=10&encoding=json")]
    public void Build_AddsVersionAndEncodingAndNoCompression(string url, string expected) =>
        Assert.Equal(expected, GatewayUri.Build(new Uri(url)).ToString());

    [Theory]
    [InlineData("https://discord.com/api/v10")]
    [InlineData("http://127.0.0.1/gateway")]
    public void Build_NotAWebSocketUrl_Throws(string url) =>
        Assert.Throws<FormatException>(() => GatewayUri.Build(new Uri(url)));
}
