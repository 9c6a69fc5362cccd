using AsyncBot.Discord.Interactions;
using AsyncBot.Commands;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Runs;

/// <summary>
/// What every run command says, in order: the immediate reply with the plan and a Cancel button, the event lines
/// through the run's outbox, the summary, and the final edit that greys the button out. Shared by /race and /fetch
/// so both behave the same under rate limits, cancellation and shutdown.
/// </summary>
internal sealed partial class RunConversation : IAsyncDisposable
{
    private readonly Interaction _interaction;
    private readonly IInteractionResponder _responder;
    private readonly ILogger _logger;
    private readonly string _planText;
    private readonly CancellationTokenSource _flushDeadline;
    private readonly CancellationTokenRegistration _shutdownRegistration;
    private RunOutbox? _outbox;

    private RunConversation(
        Interaction interaction, IInteractionResponder responder, TimeProvider timeProvider, ILogger logger, string planText, CancellationToken shutdown)
    {
        // Built on the host's clock so CancelAfter below runs on it too.
        _flushDeadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        _interaction = interaction;
        _responder = responder;
        _logger = logger;
        _planText = planText;

        // After shutdown begins the run gets a short grace to say so; then whatever is unsent is abandoned.
        _shutdownRegistration = shutdown.Register(static s => ((CancellationTokenSource)s!).CancelAfter(InteractionDispatcher.ShutdownGrace), _flushDeadline);
    }

    /// <summary>
    /// Replies with the plan and the run's Cancel button. Returns null (after logging) when Discord refused the reply,
    /// for example because the 3 s window had passed: nothing more can be said on that interaction.
    /// </summary>
    public static async Task<RunConversation?> StartAsync(
        Interaction interaction, ActiveRun run, string planText, IInteractionResponder responder, TimeProvider timeProvider, ILogger logger,
        bool suppressEmbeds, CancellationToken shutdown)
    {
        var received = timeProvider.GetTimestamp();
        var reply = new MessageContent(MessageText.Fit(planText), Replies.CancelRow(run.Id), SuppressEmbeds: suppressEmbeds);
        try
        {
            await responder.RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, reply), shutdown).ConfigureAwait(false);
        }
        catch (DiscordRequestException ex)
        {
            LogReplyFailed(logger, run.Id, ex.Message);
            return null;
        }

        var ackMs = timeProvider.GetElapsedTime(received).TotalMilliseconds;
        LogAcknowledged(logger, interaction.Command?.Name ?? "?", run.Id, interaction.User.Id, ackMs);
        var conversation = new RunConversation(interaction, responder, timeProvider, logger, planText, shutdown);
        conversation._outbox = new RunOutbox(interaction, responder, timeProvider, logger, suppressEmbeds);
        return conversation;
    }

    /// <summary>Queues one event line. Never blocks: engines call this from their observers.</summary>
    public void Post(string line) => _outbox!.Post(line);

    /// <summary>
    /// Posts the summary after the last line (with <paramref name="picture"/> in an embed, when there is one), waits
    /// until everything is sent, and disables the Cancel button.
    /// </summary>
    public async Task FinishAsync(string summary, string runId, FileAttachment? picture = null)
    {
        if (picture is null)
        {
            _outbox!.PostStandalone(summary);
        }
        else
        {
            _outbox!.PostStandalone(summary, picture);
        }

        await _outbox.CompleteAsync(_flushDeadline.Token).ConfigureAwait(false);
        try
        {
            var edit = new MessageContent(MessageText.Fit(_planText), Replies.CancelRow(runId, disabled: true));
            await _responder.EditOriginalAsync(_interaction, edit, _flushDeadline.Token).ConfigureAwait(false);
        }
        catch (DiscordRequestException ex)
        {
            LogEditFailed(_logger, runId, ex.Message);
        }
        catch (OperationCanceledException) when (_flushDeadline.IsCancellationRequested)
        {
            // Shutdown grace ran out.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _shutdownRegistration.DisposeAsync().ConfigureAwait(false);
        if (_outbox is not null)
        {
            await _outbox.DisposeAsync().ConfigureAwait(false);
        }

        _flushDeadline.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "/{Command} run {RunId} for user {UserId} acknowledged in {AckMs:F1} ms")]
    private static partial void LogAcknowledged(ILogger logger, string command, string runId, string userId, double ackMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: the initial reply failed, run dropped: {Reason}")]
    private static partial void LogReplyFailed(ILogger logger, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: disabling the Cancel button failed: {Reason}")]
    private static partial void LogEditFailed(ILogger logger, string runId, string reason);
}
