using System.Collections.Concurrent;
using AsyncBot.Discord.Interactions;
using AsyncBot.Runs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Commands;

/// <summary>
/// Reads interactions from the source and hands each to its handler on its own task, so one slow run never delays
/// another's messages. An interaction that waited too long for its turn gets the ephemeral busy reply instead of its
/// handler (<see cref="IntakeDeadline"/>), so a burst is answered in full rather than late. On shutdown it cancels
/// every run and gives handlers a few seconds to tell their channels.
/// </summary>
internal sealed partial class InteractionDispatcher : BackgroundService
{
    /// <summary>How long handlers get after shutdown starts to post their last words.</summary>
    internal static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    private readonly IInteractionSource _source;
    private readonly IReadOnlyList<IInteractionHandler> _handlers;
    private readonly IInteractionResponder _responder;
    private readonly IRunRegistry _registry;
    private readonly IInteractionClaims _claims;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<InteractionDispatcher> _logger;
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _shutdown = new();

    public InteractionDispatcher(
        IInteractionSource source,
        IEnumerable<IInteractionHandler> handlers,
        IInteractionResponder responder,
        IRunRegistry registry,
        IInteractionClaims claims,
        TimeProvider timeProvider,
        ILogger<InteractionDispatcher> logger)
    {
        _claims = claims;
        _timeProvider = timeProvider;
        _source = source;
        _handlers = [.. handlers];
        _responder = responder;
        _registry = registry;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var interaction in _source.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var handling = HandleOneAsync(interaction);
                _inFlight.TryAdd(handling, 0);
                _ = handling.ContinueWith(t => _inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _registry.CancelAllAsync(cancellationToken).ConfigureAwait(false);
        await _shutdown.CancelAsync().ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(ShutdownGrace, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogAbandonedHandlers(_logger, _inFlight.Count);
        }
        catch (OperationCanceledException)
        {
            LogAbandonedHandlers(_logger, _inFlight.Count);
        }
    }

    public override void Dispose()
    {
        _shutdown.Dispose();
        base.Dispose();
    }

    private async Task HandleOneAsync(Interaction interaction)
    {
        await Task.Yield();
        var started = _timeProvider.GetTimestamp();
        var what = interaction.Command?.Name ?? interaction.Component?.CustomId ?? interaction.Type.ToString();
        using var scope = _logger.BeginScope(new Dictionary<string, object?>
        {
            ["InteractionId"] = interaction.Id,
            ["UserId"] = interaction.User.Id,
            ["Command"] = what,
        });
        try
        {
            if (!await _claims.TryClaimAsync(interaction.Id, _shutdown.Token).ConfigureAwait(false))
            {
                // Delivered twice (a replayed gateway event, a retried POST): whoever claimed it first answers.
                // Claimed before the deadline check, so a late repeat never sends a busy reply to an answered interaction.
                LogDuplicate(_logger, what);
                return;
            }

            switch (IntakeDeadline.Decide(interaction, _timeProvider.GetUtcNow()))
            {
                case IntakeDecision.Busy:
                    LogBusy(_logger, what);
                    await _responder.RespondAsync(interaction, Replies.Busy(), _shutdown.Token).ConfigureAwait(false);
                    return;
                case IntakeDecision.TooLate:
                    // Discord would refuse any answer now, and refused requests count towards its invalid-request ban.
                    LogTooLate(_logger, what);
                    return;
            }

            var handler = _handlers.FirstOrDefault(h => h.CanHandle(interaction));
            if (handler is null)
            {
                LogUnknown(_logger, what);
                await _responder.RespondAsync(interaction, Replies.Ephemeral("I don't know that command — try /help."), _shutdown.Token).ConfigureAwait(false);
                return;
            }

            await handler.HandleAsync(interaction, _shutdown.Token).ConfigureAwait(false);
            var elapsedMs = _timeProvider.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(_logger, what, interaction.User.Id, elapsedMs);
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
            // Abandoned at shutdown: the handler had its grace period.
        }
        catch (Exception ex)
        {
            // One broken interaction must never take the dispatcher, or anyone else's run, down with it.
            LogFailed(_logger, ex, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped a repeat delivery of {Command}: it was claimed before, here or on another replica")]
    private static partial void LogDuplicate(ILogger logger, string command);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {Command} for user {UserId} in {ElapsedMs:F0} ms")]
    private static partial void LogHandled(ILogger logger, string command, string userId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overloaded: {Command} waited too long for its turn and got the busy reply")]
    private static partial void LogBusy(ILogger logger, string command);

    [LoggerMessage(Level = LogLevel.Error, Message = "Overloaded: {Command} waited past Discord's 3 s answer window and could not be answered")]
    private static partial void LogTooLate(ILogger logger, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No handler for {Command}")]
    private static partial void LogUnknown(ILogger logger, string command);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {Command} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown: {Count} interaction handlers did not finish in time")]
    private static partial void LogAbandonedHandlers(ILogger logger, int count);
}
