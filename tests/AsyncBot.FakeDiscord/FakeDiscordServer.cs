using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AsyncBot.FakeDiscord;

/// <summary>
/// A loopback fake of Discord (REST under <c>/api/v10</c> and a WebSocket gateway) on 127.0.0.1, port 0.
/// Each area of the protocol lives in its own module; this class only hosts them.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDiscordServer(WebApplication app, FakeDiscordOptions options, Uri baseUri)
    {
        _app = app;
        Options = options;
        BaseUri = baseUri;
    }

    /// <summary>What the fake was started with; tests may change switches while it runs.</summary>
    public FakeDiscordOptions Options { get; }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The value for <c>Discord:ApiBaseUrl</c>: <c>http://127.0.0.1:PORT/api/v10</c>.</summary>
    public Uri ApiBaseUrl => new(BaseUri, "api/v10");

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeDiscordOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        var modules = options.Modules.ToList();
        foreach (var module in modules)
        {
            module.Map(app);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new FakeDiscordServer(app, options, new Uri(address.TrimEnd('/') + "/"));
        foreach (var module in modules)
        {
            module.Attach(server);
        }

        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
