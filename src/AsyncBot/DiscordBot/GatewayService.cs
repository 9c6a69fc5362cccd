using AsyncBot.Cli;
using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AsyncBot.DiscordBot;

/// <summary>
/// Runs the gateway for the host's lifetime. A fatal close (bad token, invalid shard, intents) logs one line that
/// says what to fix and stops the process with a non-zero exit code instead of reconnecting forever.
/// </summary>
internal sealed partial class GatewayService : BackgroundService
{
    private readonly GatewayClient _gateway;
    private readonly ExitCodeHolder _exitCode;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<GatewayService> _logger;

    public GatewayService(GatewayClient gateway, ExitCodeHolder exitCode, IHostApplicationLifetime lifetime, ILogger<GatewayService> logger)
    {
        _gateway = gateway;
        _exitCode = exitCode;
        _lifetime = lifetime;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (GatewayFatalException ex)
        {
            LogFatal(_logger, ex.Message);
            _exitCode.Fail(ExitCodes.Failure);
            _lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);
}
