using AsyncBot.Commands;
using AsyncBot.Playground;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AsyncBot.Tests.Playground.Support;

/// <summary>The real playground, composed as <c>playground</c> composes it, started in-process on 127.0.0.1 and a free port.</summary>
internal sealed class PlaygroundServer : IAsyncDisposable
{
    private PlaygroundServer(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    /// <summary>The page, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts a playground. With <paramref name="withDemo"/> the test-only <c>/demo</c> command is registered beside the
    /// real ones (and in the autocomplete list). <paramref name="services"/> may replace registrations (a fake clock)
    /// before the app is built.
    /// </summary>
    public static async Task<PlaygroundServer> StartAsync(bool withDemo = true, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = PlaygroundHost.CreateBuilder();
        var values = new Dictionary<string, string?> { ["Playground:Urls"] = "http://127.0.0.1:0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        if (withDemo)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(new PlaygroundCommands([.. CommandDefinitions.All, DemoCommandHandler.Definition])));
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IInteractionHandler, DemoCommandHandler>());
        }

        services?.Invoke(builder.Services);
        var app = PlaygroundHost.Build(builder);
        await app.StartAsync();
        return new PlaygroundServer(app, new Uri(PlaygroundHost.Addresses(app)[0] + "/"));
    }

    /// <summary>The socket address for a tab.</summary>
    public Uri SocketAddress(string name, string session) =>
        new($"ws://{Address.Authority}/ws?name={Uri.EscapeDataString(name)}&session={Uri.EscapeDataString(session)}");

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await App.StopAsync(timeout.Token);
        await App.DisposeAsync();
    }
}
