using AsyncBot.DiscordBot;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Hosting;
using AsyncBot.HttpInteractions;
using AsyncBot.Tests.EndToEnd;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>
/// The real bot host in <c>Discord:Interactions=Http</c> mode, its endpoint on Kestrel at 127.0.0.1 port 0, against
/// the loopback fake Discord's REST half only (no gateway module: the bot must not need one), and a poster that
/// plays Discord: it signs each interaction with the test key pair and POSTs it to the bot.
/// </summary>
internal sealed class HttpBotHarness : IAsyncDisposable
{
    private HttpBotHarness(FakeDiscordServer server, IHost host, FakeEndpointPoster poster, string healthFile)
    {
        Server = server;
        Host = host;
        Poster = poster;
        HealthFile = healthFile;
    }

    public FakeDiscordServer Server { get; }

    public FakeRestModule Rest => Server.Rest();

    public IHost Host { get; }

    public FakeEndpointPoster Poster { get; }

    public string HealthFile { get; }

    public Uri BaseUri => new(Host.Services.GetRequiredService<InteractionsWebServer>().Addresses[0].TrimEnd('/') + "/");

    public static async Task<HttpBotHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        Action<FakeRestOptions>? rest = null,
        Action<IServiceCollection>? services = null)
    {
        var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest(rest));
        var signer = new FakeInteractionSigner();
        var healthFile = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health");
        var builder = AsyncBotHost.CreateBuilder();
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = server.Options.Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
            ["Discord:Interactions"] = "Http",
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Http:Urls"] = "http://127.0.0.1:0",
            ["Health:File"] = healthFile,
            ["History:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.history.db")}",
            ["Health:IntervalSeconds"] = "1",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddAsyncBotDiscord(builder.Configuration);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        var address = host.Services.GetRequiredService<InteractionsWebServer>().Addresses[0].TrimEnd('/');
        var poster = new FakeEndpointPoster(server, new Uri(address + "/interactions"), signer);
        var harness = new HttpBotHarness(server, host, poster, healthFile);

        // As the gateway harness waits for READY: the endpoint is up once REST answered and a PING got its PONG.
        await BotHarness.WaitUntilAsync(() => server.Rest().Requests.For("GET", "/applications/@me").Count > 0, what: "the readiness probe");
        await poster.PostAsync(FakeEndpointPoster.Ping());
        return harness;
    }

    /// <summary>Sends <c>/command</c> as Discord would to the endpoint.</summary>
    public Task<FakeEndpointAnswer> SendCommandAsync(string name, string userId = "1026922282796470289", params (string Name, object Value)[] options) =>
        Poster.PostAsync(FakeDiscord.Gateway.FakeInteractions.SlashCommand(name, options, userId: userId));

    public IReadOnlyList<FakeMessageRecord> MessagesFor(string interactionId) => Rest.Messages.For(interactionId);

    public Task WaitForRunEndAsync(string interactionId, TimeSpan? timeout = null) =>
        BotHarness.WaitUntilAsync(() => MessagesFor(interactionId).Any(r => r.Action == FakeMessageAction.Edit), timeout, "the run's final edit");

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await Host.StopAsync(stop.Token);
        }

        Host.Dispose();
        Poster.Signer.Dispose();
        Poster.Dispose();
        await Server.DisposeAsync();
        File.Delete(HealthFile);
    }
}
