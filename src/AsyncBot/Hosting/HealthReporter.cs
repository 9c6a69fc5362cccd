using AsyncBot.Discord;
using AsyncBot.Discord.Gateway;
using AsyncBot.Runs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Hosting;

/// <summary>
/// Rewrites the health file every few seconds while the bot runs: the gateway's state (in HTTP mode, the interactions
/// endpoint's), and whether the run store can be reached.
/// </summary>
internal sealed partial class HealthReporter : BackgroundService
{
    private readonly IGatewayStatus _gateway;
    private readonly IRunStoreHealth _store;
    private readonly InteractionDelivery _delivery;
    private readonly HealthOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<HealthReporter> _logger;

    public HealthReporter(
        IGatewayStatus gateway,
        IRunStoreHealth store,
        IOptions<DiscordOptions> discord,
        IOptions<HealthOptions> options,
        TimeProvider timeProvider,
        ILogger<HealthReporter> logger)
    {
        _gateway = gateway;
        _store = store;
        _delivery = discord.Value.Interactions;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.IntervalSeconds), _timeProvider);
        do
        {
            await WriteAsync(_gateway.State).ConfigureAwait(false);
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));

        await WriteAsync(GatewayState.Disconnected).ConfigureAwait(false);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task WriteAsync(GatewayState state)
    {
        try
        {
            await File.WriteAllTextAsync(_options.File, HealthStatus.Format(state, _timeProvider.GetUtcNow(), _delivery, _store.Report())).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(_logger, _options.File, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot write the health file {Path}: {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, string path, string reason);
}
