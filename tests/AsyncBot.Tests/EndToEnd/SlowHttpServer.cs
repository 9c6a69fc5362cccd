using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>A loopback web server for /fetch: <c>/slow/{ms}</c> answers after that many milliseconds, <c>/missing</c> 404s.</summary>
internal sealed class SlowHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _hits;

    private SlowHttpServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public int Hits => Volatile.Read(ref _hits);

    public static async Task<SlowHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        SlowHttpServer? server = null;
        app.MapGet("/slow/{ms:int}", async (int ms, CancellationToken ct) =>
        {
            Interlocked.Increment(ref server!._hits);
            await Task.Delay(ms, ct);
            return Results.Text("{\"ok\":true}", "application/json");
        });
        app.MapGet("/missing", () =>
        {
            Interlocked.Increment(ref server!._hits);
            return Results.NotFound();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new SlowHttpServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    public string Url(string path) => new Uri(BaseUri, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
