using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Tests.EndToEnd;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>The real program (<c>dotnet AsyncBot.dll</c>) started in Http mode, as an operator starts it.</summary>
[Collection(RealTimeTests.Name)]
public class HttpModeProgramTests
{
    [Fact]
    public async Task HttpMode_WithoutAPublicKey_StopsWithOneLineNamingTheKey()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest());
        var environment = Environment(server, BotProcess.FreePort());
        environment.Remove("Discord__PublicKey");

        var (exit, _, stderr) = await BotProcess.RunAsync([], environment, TimeSpan.FromSeconds(30));

        Assert.Equal(1, exit);
        Assert.Contains("Discord:PublicKey", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpMode_AnswersASignedPing_OpensNoGateway_AndStopsCleanlyOnSigterm()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest());
        using var signer = new FakeInteractionSigner();
        var port = BotProcess.FreePort();
        using var bot = BotProcess.Start([], Environment(server, port, signer.PublicKeyHex));
        using var http = new HttpClient();
        await BotHarness.WaitUntilAsync(() => BotProcess.IsReady(http, port), TimeSpan.FromSeconds(30), "/healthz to say ready");
        using var poster = new FakeEndpointPoster(server, new Uri($"http://127.0.0.1:{port}/interactions"), signer);

        var pong = await poster.PostAsync(FakeEndpointPoster.Ping());
        bot.Terminate();
        var (exit, _, stderr) = await bot.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("""{"type":1}""", pong.Body);
        Assert.Equal(0, exit);
        Assert.Empty(server.Rest().Requests.For("GET", "/gateway/bot"));
        Assert.DoesNotContain(server.Options.Token, stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(FakeDiscordServer server, int port, string? publicKey = null) => new()
    {
        ["DISCORD_TOKEN"] = server.Options.Token,
        ["Discord__ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
        ["Discord__Interactions"] = "Http",
        ["Discord__PublicKey"] = publicKey ?? new string('a', 64),
        ["Http__Urls"] = $"http://127.0.0.1:{port}",
        ["Health__File"] = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health"),
    };
}
