using AsyncBot.Core.Fetch;
using AsyncBot.Core.Race;
using AsyncBot.Discord.Gateway;
using AsyncBot.Hosting;
using AsyncBot.Playground;
using AsyncBot.Playground.Api;
using AsyncBot.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// Kestrel for the Interactions Endpoint, inside the bot's generic host: a slim web app of its own with
/// <c>POST /interactions</c>, <c>GET /healthz</c> and the streaming run API (<c>/api/race</c>, <c>/api/fetch</c>,
/// for callers on this machine unless <c>Playground:AllowRemote</c>), whose handlers are the bot's singletons.
/// Started with the host, so a port in use fails the start; stopped first, so no interaction arrives while runs are
/// saying goodbye.
/// </summary>
internal sealed partial class InteractionsWebServer(
    InteractionEndpoint endpoint,
    IGatewayStatus readiness,
    IOptions<HttpEndpointOptions> options,
    IConfiguration configuration,
    IServiceProvider botServices,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses Kestrel listens on (with the real port when configured as 0); valid after start.</summary>
    public IReadOnlyList<string> Addresses =>
        [.. _app?.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "AsyncBot", Args = [] });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);

        // The run API's runs are the bot's: the same engines, limits and registry, so they count against one budget.
        builder.Services.AddSingleton(botServices.GetRequiredService<RaceEngine>());
        builder.Services.AddSingleton(botServices.GetRequiredService<FetchEngine>());
        builder.Services.AddSingleton(botServices.GetRequiredService<IRunRegistry>());
        builder.Services.AddSingleton(botServices.GetRequiredService<IOptionsMonitor<RaceOptions>>());
        builder.Services.AddSingleton(botServices.GetRequiredService<IOptionsMonitor<FetchOptions>>());
        builder.Services.AddRunApi(configuration.GetSection(RunApiOptions.SectionName));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = HttpEndpointOptions.MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(settings.RequestHeadersTimeoutSeconds);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(130);
        });
        var app = builder.Build();
        foreach (var url in PlaygroundUrls.Split(settings.Urls))
        {
            app.Urls.Add(url);
        }

        app.Map("/interactions", (RequestDelegate)endpoint.HandleAsync);
        var store = botServices.GetRequiredService<IRunStoreHealth>();
        var time = botServices.GetRequiredService<TimeProvider>();
        app.MapGet("/healthz", (RequestDelegate)(context => WriteHealthAsync(context, readiness, store, time)));
        app.MapRunApi(configuration);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var logger = loggerFactory.CreateLogger<InteractionsWebServer>();
        if (logger.IsEnabled(LogLevel.Information))
        {
            var addresses = string.Join(", ", Addresses);
            LogListening(logger, addresses);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _app is null ? Task.CompletedTask : _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interactions endpoint listening on {Addresses} (POST /interactions, GET /healthz, GET /api/race and /api/fetch)")]
    private static partial void LogListening(ILogger logger, string addresses);

    // Ready means: the public key is loaded (the endpoint would not run otherwise) and Discord's REST API answers. An
    // unreachable run store is said on a second line but keeps the 200: this replica still answers every interaction
    // (new runs with "try again"), and a load balancer moving traffic to replicas sharing the same store gains nothing.
    private static Task WriteHealthAsync(HttpContext context, IGatewayStatus readiness, IRunStoreHealth store, TimeProvider time)
    {
        var ready = readiness.State == GatewayState.Ready;
        context.Response.StatusCode = ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/plain";
        var text = (ready ? "ready\n" : "starting: Discord REST not reachable yet\n") + StoreLine(store.Report(), time.GetUtcNow());
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static string StoreLine(RunStoreReport store, DateTimeOffset now) => store switch
    {
        { Configured: false } => string.Empty,
        { Reachable: true } => "run store: reachable\n",
        _ => $"run store: {HealthStatus.Outage(store.UnreachableSince ?? now, now)}; new runs are refused until it is back\n",
    };
}
