using AsyncBot.Discord.Interactions;
using AsyncBot.History;
using AsyncBot.Commands;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Runs;

/// <summary>
/// Everything a run command does around its engine, the same for /race and /fetch: admission under the run limits,
/// the immediate reply, the watchdog, and the summary (with a shutdown notice when the bot is stopping).
/// </summary>
internal sealed class RunLauncher
{
    private readonly IRunRegistry _registry;
    private readonly IInteractionResponder _responder;
    private readonly IRunHistory _history;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RunLauncher> _logger;

    public RunLauncher(IRunRegistry registry, IInteractionResponder responder, IRunHistory history, TimeProvider timeProvider, ILogger<RunLauncher> logger)
    {
        _registry = registry;
        _responder = responder;
        _history = history;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// Admits and runs one run. <paramref name="run"/> gets the conversation to post lines into and the run's
    /// cancellation (Cancel button, shutdown, watchdog), and returns the summary.
    /// </summary>
    public async Task LaunchAsync(
        Interaction interaction,
        string planText,
        bool suppressEmbeds,
        Func<RunConversation, CancellationToken, Task<RunSummary>> run,
        CancellationToken shutdown)
    {
        var replyTo = RunReplyAddress.Of(interaction, _timeProvider);
        var admission = await _registry.TryStartAsync(interaction.Id, interaction.User.Id, replyTo, shutdown).ConfigureAwait(false);
        if (admission.Run is not { } active)
        {
            await _responder.RespondAsync(interaction, Replies.Ephemeral($"Not now: {admission.Refusal}."), shutdown).ConfigureAwait(false);
            return;
        }

        await using (active.ConfigureAwait(false))
        {
            await using var conversation = await RunConversation.StartAsync(
                interaction, active, planText, _responder, _timeProvider, _logger, suppressEmbeds, shutdown).ConfigureAwait(false);
            if (conversation is null)
            {
                return;
            }

            using var watchdog = new CancellationTokenSource(RunLimits.Watchdog, _timeProvider);
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(active.CancellationToken, watchdog.Token);
            var summary = await run(conversation, cancellation.Token).ConfigureAwait(false);
            if (summary.Facts is { } facts)
            {
                // Queued, not written: the summary never waits for the database.
                _history.Record(new RunRecord(_timeProvider.GetUtcNow(), interaction.User.Id, interaction.GuildId, interaction.ChannelId, facts));
            }

            var text = active.CancelledByShutdown ? "The bot is shutting down — run cancelled.\n" + summary.Text : summary.Text;
            await conversation.FinishAsync(MessageText.Fit(text), active.Id, summary.Picture).ConfigureAwait(false);
        }
    }
}
