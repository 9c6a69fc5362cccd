using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Hosting;

/// <summary>Rewrites the health file with the gateway state every few seconds while the bot runs.</summary>
internal sealed partial class HealthReporter : BackgroundService
{
    private readonly IGatewayStatus _gateway;
    private readonly HealthOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<HealthReporter> _logger;

    public HealthReporter(IGatewayStatus gateway, IOptions<HealthOptions> options, TimeProvider timeProvider, ILogger<HealthReporter> logger)
    {
        _gateway = gateway;
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
            await File.WriteAllTextAsync(_options.File, HealthStatus.Format(state, _timeProvider.GetUtcNow())).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(_logger, _options.File, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot write the health file {Path}: {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, string path, string reason);
}
