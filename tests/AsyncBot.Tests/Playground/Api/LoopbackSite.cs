using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Tests.Playground.Api;

/// <summary>A tiny web site on 127.0.0.1 and a free port for the fetch API to fetch, counting the requests it gets.</summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private LoopbackSite(WebApplication app) => _app = app;

    public string Address { get; private set; } = string.Empty;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<LoopbackSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var site = new LoopbackSite(app);
        app.MapGet("/{name}", (string name) =>
        {
            Interlocked.Increment(ref site._requests);
            return Results.Text($"hello from {name}");
        });
        await app.StartAsync();
        site.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
