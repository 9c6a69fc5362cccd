using System.Globalization;
using AsyncBot.Bench.Output;
using AsyncBot.Playground;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Bench.Discord.WebApi;

/// <summary>
/// <c>webapi-server --impl async|blocking --clients N</c>: serves <c>/api/race</c> on 127.0.0.1 and a free port,
/// prints <c>{"port": P}</c> and runs until killed. <c>async</c> is the product's own playground host (its limits
/// raised to <c>N</c>, so they do not refuse the bench's clients); <c>blocking</c> is the bad twin on a bare host.
/// Its own process, so the load generator's threads never compete with the server's pool.
/// </summary>
public static class WebApiServer
{
    /// <summary>
    /// Room for a thousand connects in the same instant (Kestrel's default is 512): otherwise the overflow waits for
    /// the kernel's 1 s SYN retry, which measures the accept queue rather than the endpoint. Same for both twins.
    /// </summary>
    private const int Backlog = 4096;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var impl = args.Text("impl");
        var clients = args.Count("clients", 1000).ToString(CultureInfo.InvariantCulture);
        WebApplication app;
        if (impl == "async")
        {
            var builder = PlaygroundHost.CreateBuilder();
            builder.Configuration.AddInMemoryCollection([
                new("Playground:Urls", "http://127.0.0.1:0"),
                new("Playground:Api:StreamsPerClient", clients),
                new("Limits:RunsPerUser", clients),
                new("Limits:RunsTotal", clients),
                new("Serilog:MinimumLevel:Default", "Warning"),
            ]);
            builder.WebHost.UseSockets(sockets => sockets.Backlog = Backlog);
            app = PlaygroundHost.Build(builder);
        }
        else if (impl == "blocking")
        {
            var builder = WebApplication.CreateSlimBuilder();
            // stdout carries the port line only.
            builder.Logging.ClearProviders();
            builder.WebHost.UseSockets(sockets => sockets.Backlog = Backlog);
            app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            app.MapGet("/api/race", BlockingRaceEndpoint.HandleAsync);
        }
        else
        {
            throw new ArgumentException($"--impl must be async or blocking, not '{impl}'");
        }

        await app.StartAsync();
        var port = new Uri(PlaygroundHost.Addresses(app)[0]).Port;
        Console.WriteLine($"{{\"port\": {port}}}");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
