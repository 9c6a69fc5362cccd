using AsyncBot.DiscordBot;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.Hosting;
using AsyncBot.HttpInteractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>
/// Another HTTP-mode bot beside a <see cref="HttpBotHarness"/>'s: the same fake Discord, token and key pair, its own
/// endpoint on a free loopback port — a second replica behind the same load balancer. Its <see cref="Poster"/> is
/// that balancer's path to it.
/// </summary>
internal sealed class HttpReplica : IAsyncDisposable
{
    private readonly string _healthFile;

    private HttpReplica(IHost host, FakeEndpointPoster poster, string healthFile)
    {
        Host = host;
        Poster = poster;
        _healthFile = healthFile;
    }

    public IHost Host { get; }

    public FakeEndpointPoster Poster { get; }

    public static async Task<HttpReplica> StartBesideAsync(HttpBotHarness first, Dictionary<string, string?> settings)
    {
        var healthFile = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health");
        var builder = AsyncBotHost.CreateBuilder();
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = first.Server.Options.Token,
            ["Discord:ApiBaseUrl"] = first.Server.ApiBaseUrl.ToString(),
            ["Discord:Interactions"] = "Http",
            ["Discord:PublicKey"] = first.Poster.Signer.PublicKeyHex,
            ["Discord:RegisterCommands"] = "false",
            ["Http:Urls"] = "http://127.0.0.1:0",
            ["Health:File"] = healthFile,
            ["History:Enabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddAsyncBotDiscord(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        var address = host.Services.GetRequiredService<InteractionsWebServer>().Addresses[0].TrimEnd('/');
        return new HttpReplica(host, new FakeEndpointPoster(first.Server, new Uri(address + "/interactions"), first.Poster.Signer), healthFile);
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await Host.StopAsync(stop.Token);
        }

        Host.Dispose();
        Poster.Dispose();
        File.Delete(_healthFile);
    }
}
