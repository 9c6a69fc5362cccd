using System.Text.Json.Nodes;
using AsyncBot.DiscordBot;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// The real bot host, composed exactly as Discord mode composes it, against the loopback fake Discord (gateway and
/// REST in one server, the gateway telling the REST fake about every interaction it delivers).
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(FakeDiscordServer server, FakeGateway gateway, IHost host)
    {
        Server = server;
        Gateway = gateway;
        Host = host;
    }

    public FakeDiscordServer Server { get; }

    public FakeGateway Gateway { get; }

    public FakeRestModule Rest => Server.Rest();

    public IHost Host { get; }

    public static async Task<BotHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        Action<FakeRestOptions>? rest = null,
        Action<IServiceCollection>? services = null,
        Action<FakeGatewayOptions>? gatewayOptions = null)
    {
        // The fake closes a connection whose heartbeat is 3 intervals overdue, not 1.5: the bot's heartbeat timer is
        // real, and a loaded machine may run it half a second late, which is not the starvation these tests look for.
        var fakeGatewayOptions = new FakeGatewayOptions { MaxConcurrency = 100, HeartbeatTimeoutFactor = 3 };
        gatewayOptions?.Invoke(fakeGatewayOptions);
        var gateway = new FakeGateway(fakeGatewayOptions);
        var options = new FakeDiscordOptions { Modules = { gateway } }.WithRest(rest);
        var server = await FakeDiscordServer.StartAsync(options);
        gateway.InteractionSent += i => server.Rest().Interactions.Register(i.Id, i.Token, i.CreatedAt, i.Type);

        var host = await StartHostAsync(server, settings, services);
        var harness = new BotHarness(server, gateway, host);
        await gateway.WaitUntilAsync(g => g.ReadyCount > 0);
        return harness;
    }

    /// <summary>Starts another bot process's worth of host against the same fake (a restart, or a second replica).</summary>
    public Task<IHost> StartAnotherBotAsync(Dictionary<string, string?>? settings = null) => StartHostAsync(Server, settings, null);

    private static async Task<IHost> StartHostAsync(FakeDiscordServer server, Dictionary<string, string?>? settings, Action<IServiceCollection>? services)
    {
        var builder = AsyncBotHost.CreateBuilder();
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = server.Options.Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
            ["Health:File"] = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health"),
            ["History:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.history.db")}",
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
        return host;
    }

    /// <summary>Sends <c>/command</c> as <paramref name="userId"/>.</summary>
    public Task<FakeDiscord.Gateway.FakeInteraction> SendCommandAsync(string name, string userId = "1026922282796470289", params (string Name, object Value)[] options) =>
        Gateway.SendInteractionAsync(FakeDiscord.Gateway.FakeInteractions.SlashCommand(name, options, userId: userId));

    /// <summary>The message records for one interaction, in arrival order.</summary>
    public IReadOnlyList<FakeMessageRecord> MessagesFor(string interactionId) => Rest.Messages.For(interactionId);

    /// <summary>Waits (real time) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Timed out waiting" + (what is null ? string.Empty : " for " + what));
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the run's final edit (Cancel button disabled) arrived.</summary>
    public Task WaitForRunEndAsync(string interactionId, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => MessagesFor(interactionId).Any(r => r.Action == FakeMessageAction.Edit), timeout, "the run's final edit");

    public static bool IsButtonDisabled(FakeMessageRecord record) =>
        record.Components?[0]?["components"]?[0]?["disabled"]?.GetValue<bool>() == true;

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await Host.StopAsync(stop.Token);
        }

        Host.Dispose();
        await Server.DisposeAsync();
    }
}
