using AsyncBot.Commands;
using AsyncBot.Core;
using AsyncBot.Core.Fetch;
using AsyncBot.Core.Race;
using AsyncBot.Hosting;
using AsyncBot.Playground.Api;
using AsyncBot.Playground.Chat;
using AsyncBot.Playground.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Playground;

/// <summary>
/// Composes the playground: Kestrel on a slim web host, the same configuration, logging, options, engines, handlers
/// and dispatcher as the Discord bot, and the playground's ports in place of Discord's.
/// </summary>
/// <example>
/// In-process (tests):
/// <code>
/// var builder = PlaygroundHost.CreateBuilder();
/// builder.Configuration.AddInMemoryCollection([new("Playground:Urls", "http://127.0.0.1:0")]);
/// await using var app = PlaygroundHost.Build(builder);
/// await app.StartAsync();
/// var url = PlaygroundHost.Addresses(app)[0];
/// </code>
/// </example>
internal static class PlaygroundHost
{
    /// <summary>
    /// A builder with everything registered. Configuration comes from <c>config/</c> beside
    /// <paramref name="basePath"/> (default: the binary's folder) and the environment, as in every other mode; add
    /// sources or replace services before <see cref="Build"/>.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string? basePath = null)
    {
        basePath ??= AppContext.BaseDirectory;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "AsyncBot",
            ContentRootPath = basePath,
            EnvironmentName = AsyncBotConfiguration.EnvironmentName,
            Args = [],
        });

        // Our sources, not the web defaults: config/ beside the binary, then Section__Key environment variables.
        builder.Configuration.Sources.Clear();
        // The host logs a failed start with a stack trace; the playground command says it in one line instead
        // (a port in use, a bad option), and anything it cannot explain is still rethrown.
        builder.Configuration.AddInMemoryCollection([new("Serilog:MinimumLevel:Override:Microsoft.Extensions.Hosting.Internal.Host", "Fatal")]);
        builder.Logging.ClearProviders();
        builder.AddAsyncBotBasics(basePath);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));

        builder.Services.AddRaceEngine(builder.Configuration.GetSection(RaceOptions.SectionName));
        builder.Services.AddFetchEngine(builder.Configuration.GetSection(FetchOptions.SectionName));
        builder.Services.AddPlayground(builder.Configuration.GetSection(PlaygroundOptions.SectionName));
        builder.Services.AddRunApi(builder.Configuration.GetSection(RunApiOptions.SectionName));
        builder.Services.AddAsyncBotCommands();
        return builder;
    }

    /// <summary>Builds the app: listens on <c>Playground:Urls</c> and maps the page, the API and the socket.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        // Read here rather than through the options so that a bad value is reported by the validator at start,
        // naming its key, before Kestrel tries to bind it.
        var urls = app.Configuration.GetSection(PlaygroundOptions.SectionName)[nameof(PlaygroundOptions.Urls)] ?? PlaygroundOptions.DefaultUrls;
        foreach (var url in PlaygroundUrls.Split(urls))
        {
            app.Urls.Add(url);
        }

        // Open sockets end when the app stops, so shutdown does not wait for tabs to close.
        app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<PlaygroundChannel>().CompleteAll());
        app.MapPlayground();
        app.MapRunApi(app.Configuration);
        return app;
    }

    /// <summary>The addresses Kestrel listens on (with the real port when configured as 0); valid after start.</summary>
    public static IReadOnlyList<string> Addresses(IHost app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feature = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return [.. feature?.Addresses ?? []];
    }
}
