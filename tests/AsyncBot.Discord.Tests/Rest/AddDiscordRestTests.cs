using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using AsyncBot.Discord.Rest.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Tests.Rest;

public sealed class AddDiscordRestTests
{
    [Fact]
    public void AddDiscordRest_ConfiguresTheNamedClientFromDiscordOptions()
    {
        using var services = new ServiceCollection()
            .Configure<DiscordOptions>(o => o.ApiBaseUrl = new Uri("http://127.0.0.1:5999/api/v10"))
            .AddDiscordRest(o => o.UserAgentVersion = "2.3.4")
            .BuildServiceProvider();

        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName);

        Assert.Equal(new Uri("http://127.0.0.1:5999/api/v10/"), client.BaseAddress);
        Assert.Equal("DiscordBot (https://github.com/asyncbot/asyncbot, 2.3.4)", client.DefaultRequestHeaders.UserAgent.ToString());
        Assert.Null(client.DefaultRequestHeaders.Authorization);
        Assert.IsType<InteractionResponder>(services.GetRequiredService<IInteractionResponder>());
        Assert.IsType<ApplicationCommandClient>(services.GetRequiredService<IApplicationCommandClient>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddDiscordRest_KeepsRegistrationsMadeBefore()
    {
        var responder = new Moq.Mock<IInteractionResponder>().Object;
        using var services = new ServiceCollection().AddSingleton(responder).AddDiscordRest().BuildServiceProvider();

        Assert.Same(responder, services.GetRequiredService<IInteractionResponder>());
    }

    [Fact]
    public void AddDiscordRest_InvalidOptions_FailNamingTheKey()
    {
        using var services = new ServiceCollection().AddDiscordRest(o => o.MaxServerErrorRetries = 50).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordRestOptions>>().Value);

        Assert.Contains("Discord:Rest:MaxServerErrorRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDiscordRest_ABurstOfRequests_OpensAtMostTheBoundedNumberOfConnections()
    {
        // A loopback server that accepts connections and never answers, so every request holds its connection.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start(backlog: 512);
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = new List<System.Net.Sockets.Socket>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var socket = await listener.AcceptSocketAsync(stop.Token);
                lock (accepted)
                {
                    accepted.Add(socket);
                }
            }
        });

        using var services = new ServiceCollection()
            .Configure<DiscordOptions>(o => o.ApiBaseUrl = new Uri($"http://127.0.0.1:{port}/api/v10"))
            .AddDiscordRest()
            .BuildServiceProvider();
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName);
        var burst = DiscordRestServiceCollectionExtensions.MaxConnectionsPerServer + 72;
        var requests = Enumerable.Range(0, burst).Select(_ => client.GetAsync("gateway/bot", stop.Token)).ToList();

        int Accepted()
        {
            lock (accepted)
            {
                return accepted.Count;
            }
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Accepted() < DiscordRestServiceCollectionExtensions.MaxConnectionsPerServer && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        // Generous: the pool would have opened the rest at once, had it been unbounded.
        await Task.Delay(500);
        Assert.Equal(DiscordRestServiceCollectionExtensions.MaxConnectionsPerServer, Accepted());

        await stop.CancelAsync();
        await Task.WhenAll(requests.Select(r => r.ContinueWith(static _ => { }, TaskScheduler.Default)));
        lock (accepted)
        {
            accepted.ForEach(socket => socket.Dispose());
        }

        listener.Stop();
        await accepting.ContinueWith(static _ => { }, TaskScheduler.Default);
    }
}

