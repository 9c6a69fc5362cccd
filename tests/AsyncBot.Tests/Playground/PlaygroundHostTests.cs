using AsyncBot.Cli;
using AsyncBot.Playground;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AsyncBot.Tests.Playground;

public class PlaygroundHostTests
{
    [Fact]
    public async Task StartAsync_NonLoopbackUrlWithoutAllowRemote_StopsBeforeListeningWithAMessageNamingTheKey()
    {
        var builder = PlaygroundHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection([new("Playground:Urls", "http://0.0.0.0:0")]);
        await using var app = PlaygroundHost.Build(builder);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Playground:AllowRemote=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_Playground_PortInUse_ExitsOneWithALineNamingTheKey()
    {
        using var occupied = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupied.Start();
        var port = ((System.Net.IPEndPoint)occupied.LocalEndpoint).Port;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Environment.SetEnvironmentVariable("Playground__Urls", $"http://127.0.0.1:{port}");
        try
        {
            var exit = await AsyncBotCli.RunAsync(["playground"], stdout, stderr);

            Assert.Equal(1, exit);
            Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Playground:Urls", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Playground__Urls", null);
        }
    }
}
