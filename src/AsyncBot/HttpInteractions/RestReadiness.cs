using System.Text.Json;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// Readiness without a gateway: the bot is ready once REST answers <c>GET /applications/@me</c> with the bot's
/// token (which also yields the application id for command registration), and checked again every minute. It
/// stands in for the gateway's status, so the health file, <c>healthcheck</c> and the command registrar work
/// unchanged in both modes.
/// </summary>
internal sealed partial class RestReadiness(DiscordRestClient rest, TimeProvider timeProvider, ILogger<RestReadiness> logger)
    : BackgroundService, IGatewayStatus
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];

    private volatile ReadyInfo? _ready;
    private volatile bool _reachable;

    public event Action<ReadyInfo>? ReadyReceived;

    public GatewayState State => _reachable ? GatewayState.Ready : _ready is null ? GatewayState.Connecting : GatewayState.Disconnected;

    public ReadyInfo? Ready => _ready;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var delay = await ProbeAsync(stoppingToken).ConfigureAwait(false)
                    ? RecheckEvery
                    : RetryDelays[Math.Min(failures++, RetryDelays.Length - 1)];
                if (_reachable)
                {
                    failures = 0;
                }

                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            _reachable = false;
        }
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await rest.SendAsync(RestRequest.Create(DiscordRoutes.CurrentApplication()), cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(response.Body);
            var applicationId = document.RootElement.GetProperty("id").GetString()
                ?? throw new JsonException("GET /applications/@me had no id");
            var wasReachable = _reachable;
            _reachable = true;
            if (!wasReachable)
            {
                var ready = new ReadyInfo(applicationId, applicationId, "http");
                _ready = ready;
                LogReady(logger, applicationId);
                ReadyReceived?.Invoke(ready);
            }

            return true;
        }
        catch (Exception ex) when (ex is DiscordRequestException or HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            if (ex is DiscordRequestException { Status: System.Net.HttpStatusCode.Unauthorized })
            {
                // Unlike the gateway's 4004 this does not stop the process: /healthz stays 503 for the orchestrator to see.
                LogTokenRejected(logger);
            }
            else if (_reachable)
            {
                LogUnreachable(logger, ex.Message);
            }
            else
            {
                LogNotYet(logger, ex.Message);
            }

            _reachable = false;
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interactions endpoint ready: Discord REST reachable, application {ApplicationId}")]
    private static partial void LogReady(ILogger logger, string applicationId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord rejected the token (401): set a valid DISCORD_TOKEN; the endpoint stays not ready")]
    private static partial void LogTokenRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord REST not reachable yet: {Reason}")]
    private static partial void LogNotYet(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord REST became unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
