using System.Globalization;
using System.Threading.Channels;
using AsyncBot.Commands;
using AsyncBot.Discord;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.DiscordBot;

/// <summary>
/// Registers the slash commands at READY: to <c>Discord:GuildId</c> when set (instant), else globally. It first
/// reads what Discord has and overwrites only when the definitions differ, to spare the daily command-create limit.
/// </summary>
internal sealed partial class CommandRegistrar : BackgroundService
{
    private readonly IGatewayStatus _gateway;
    private readonly IApplicationCommandClient _commands;
    private readonly DiscordOptions _options;
    private readonly ILogger<CommandRegistrar> _logger;
    private readonly Channel<ReadyInfo> _readies = Channel.CreateBounded<ReadyInfo>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

    private bool _registered;

    public CommandRegistrar(IGatewayStatus gateway, IApplicationCommandClient commands, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
    {
        _gateway = gateway;
        _commands = commands;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RegisterCommands)
        {
            LogSkipped(_logger);
            return;
        }

        // The gateway raises the event on its own thread: only hand the READY over, never work there.
        void OnReady(ReadyInfo ready) => _readies.Writer.TryWrite(ready);
        _gateway.ReadyReceived += OnReady;
        try
        {
            if (_gateway.Ready is { } already)
            {
                OnReady(already);
            }

            await foreach (var ready in _readies.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!_registered)
                {
                    await RegisterAsync(ready.ApplicationId, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            _gateway.ReadyReceived -= OnReady;
        }
    }

    private async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var guildId = _options.GuildId?.ToString(CultureInfo.InvariantCulture);
        var scope = guildId is null ? "global" : "guild " + guildId;
        try
        {
            var existing = guildId is null
                ? await _commands.GetGlobalCommandsAsync(applicationId, cancellationToken).ConfigureAwait(false)
                : await _commands.GetGuildCommandsAsync(applicationId, guildId, cancellationToken).ConfigureAwait(false);
            if (ApplicationCommandComparer.AreEquivalent(CommandDefinitions.All, existing))
            {
                LogUpToDate(_logger, scope);
            }
            else
            {
                _ = guildId is null
                    ? await _commands.BulkOverwriteGlobalCommandsAsync(applicationId, CommandDefinitions.All, cancellationToken).ConfigureAwait(false)
                    : await _commands.BulkOverwriteGuildCommandsAsync(applicationId, guildId, CommandDefinitions.All, cancellationToken).ConfigureAwait(false);
                LogRegistered(_logger, CommandDefinitions.All.Count, scope);
            }

            _registered = true;
        }
        catch (DiscordRequestException ex)
        {
            // Not fatal: commands registered earlier keep working; the next READY tries again.
            LogFailed(_logger, scope, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slash commands: not registering (Discord:RegisterCommands is false; another replica does it)")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slash commands ({Scope}) are up to date")]
    private static partial void LogUpToDate(ILogger logger, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} slash commands ({Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering slash commands ({Scope}) failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string scope, string reason);
}
