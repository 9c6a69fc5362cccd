using System.Threading.Channels;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Interactions;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

/// <summary>
/// A <see cref="GatewayClient"/> built through <c>AddDiscordGateway</c>, wired to a loopback fake Discord.
/// With fake time, the fake gateway shares the client's <see cref="FakeTimeProvider"/> and does not enforce
/// heartbeats (tests move time in jumps); every wait the reconnect loop starts is reported to <see cref="NextWaitAsync"/>.
/// </summary>
internal sealed class GatewayTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(TimeSpan Delay, GatewayWaitReason Reason)> _waits = Channel.CreateUnbounded<(TimeSpan, GatewayWaitReason)>();
    private readonly Channel<Interaction> _received = Channel.CreateUnbounded<Interaction>();
    private readonly List<(TimeSpan Delay, GatewayWaitReason Reason)> _allWaits = [];
    private Task? _pump;

    private GatewayTestHost(FakeGateway gateway, FakeDiscordServer server, ServiceProvider services, FakeTimeProvider? time, CapturingLoggerProvider logs, FixedRandom random)
    {
        Gateway = gateway;
        Server = server;
        Services = services;
        FakeTime = time;
        Logs = logs;
        Random = random;
        Client = services.GetRequiredService<GatewayClient>();
        Client.WaitScheduled += (delay, reason) =>
        {
            lock (_allWaits)
            {
                _allWaits.Add((delay, reason));
            }

            _waits.Writer.TryWrite((delay, reason));
        };
    }

    public FakeGateway Gateway { get; }

    public FakeDiscordServer Server { get; }

    public ServiceProvider Services { get; }

    public GatewayClient Client { get; }

    public FakeTimeProvider? FakeTime { get; }

    public FakeTimeProvider Time => FakeTime ?? throw new InvalidOperationException("This host runs on the system clock");

    public CapturingLoggerProvider Logs { get; }

    public FixedRandom Random { get; }

    public Task? Run { get; private set; }

    public IReadOnlyList<(TimeSpan Delay, GatewayWaitReason Reason)> Waits
    {
        get
        {
            lock (_allWaits)
            {
                return _allWaits.ToArray();
            }
        }
    }

    public static async Task<GatewayTestHost> CreateAsync(
        Action<FakeGatewayOptions>? fake = null,
        bool fakeTime = true,
        double jitter = 0.5,
        Action<DiscordOptions>? discord = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var time = fakeTime ? new FakeTimeProvider(Start) : null;
        var fakeOptions = new FakeGatewayOptions { TimeProvider = (TimeProvider?)time ?? TimeProvider.System, EnforceHeartbeats = !fakeTime };
        fake?.Invoke(fakeOptions);
        var gateway = new FakeGateway(fakeOptions);
        var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Modules = { gateway } });

        var logs = new CapturingLoggerProvider();
        var random = new FixedRandom(jitter);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<TimeProvider>((TimeProvider?)time ?? TimeProvider.System);
        services.AddSingleton<Random>(random);
        services.Configure<DiscordOptions>(o =>
        {
            o.Token = server.Options.Token;
            o.ApiBaseUrl = server.ApiBaseUrl;
            discord?.Invoke(o);
        });
        configureServices?.Invoke(services);
        services.AddDiscordGateway();
        return new GatewayTestHost(gateway, server, services.BuildServiceProvider(), time, logs, random);
    }

    /// <summary>Starts <see cref="GatewayClient.RunAsync"/> and (unless told not to) a reader that collects interactions.</summary>
    public void StartClient(bool readInteractions = true)
    {
        Run = Client.RunAsync(_stop.Token);
        if (!readInteractions)
        {
            return;
        }

        _pump = Task.Run(async () =>
        {
            await foreach (var interaction in Client.ReadAllAsync())
            {
                _received.Writer.TryWrite(interaction);
            }

            _received.Writer.TryComplete();
        });
    }

    /// <summary>Starts the client and waits for READY on both sides.</summary>
    public async Task StartReadyAsync()
    {
        StartClient();
        await WaitForReadyAsync(1);
    }

    /// <summary>Waits until the fake sent <paramref name="readies"/> READY (or RESUMED) frames and the client is Ready.</summary>
    public async Task WaitForReadyAsync(int readies, int resumed = 0)
    {
        await Gateway.WaitUntilAsync(g => g.ReadyCount >= readies && g.ResumedCount >= resumed);
        await TestWait.UntilAsync(() => Client.State == GatewayState.Ready, "client state Ready");
    }

    /// <summary>The next wait the reconnect loop scheduled (its timer is already set).</summary>
    public async Task<(TimeSpan Delay, GatewayWaitReason Reason)> NextWaitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await _waits.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No reconnect wait was scheduled; client {Client.State}; fake: {Gateway.Describe()}");
        }
    }

    /// <summary>Waits for the next scheduled wait and moves fake time past it.</summary>
    public async Task<(TimeSpan Delay, GatewayWaitReason Reason)> AdvanceThroughNextWaitAsync()
    {
        var wait = await NextWaitAsync();
        Time.Advance(wait.Delay);
        return wait;
    }

    public async Task<Interaction> NextInteractionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeInteraction(out Interaction? interaction) => _received.Reader.TryRead(out interaction);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (Run is not null)
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (Run is not null)
            {
                await Run.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is GatewayFatalException or OperationCanceledException or TimeoutException)
        {
            // The test looked at the outcome already, or did not care.
        }

        await Server.DisposeAsync();
        await Services.DisposeAsync();
        _stop.Dispose();
    }
}
