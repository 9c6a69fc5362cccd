using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using AsyncBot.Core.Rendering.Picture;
using AsyncBot.Discord.Interactions;
using AsyncBot.Outbox;
using AsyncBot.Runs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Commands;

/// <summary><c>/race</c>: replies with the plan at once, then posts each start and finish as it happens.</summary>
internal sealed partial class RaceCommandHandler : IInteractionHandler
{
    private readonly RaceEngine _engine;
    private readonly IOptionsMonitor<RaceOptions> _options;
    private readonly IRunRegistry _registry;
    private readonly IInteractionResponder _responder;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RaceCommandHandler> _logger;

    public RaceCommandHandler(
        RaceEngine engine,
        IOptionsMonitor<RaceOptions> options,
        IRunRegistry registry,
        IInteractionResponder responder,
        TimeProvider timeProvider,
        ILogger<RaceCommandHandler> logger)
    {
        _engine = engine;
        _options = options;
        _registry = registry;
        _responder = responder;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public bool CanHandle(Interaction interaction) =>
        interaction.Type == InteractionType.ApplicationCommand && interaction.Command?.Name == "race";

    public async Task HandleAsync(Interaction interaction, CancellationToken shutdown)
    {
        var command = interaction.Command!;
        if (!RacePlanParser.TryParse(command.GetString("tasks"), command.GetString("mode"), command.GetString("work"), _options.CurrentValue, out var plan, out var error))
        {
            await _responder.RespondAsync(interaction, Replies.Ephemeral(MessageText.EscapeMarkdown(error)), shutdown).ConfigureAwait(false);
            return;
        }

        var admission = _registry.TryStart(interaction.Id, interaction.User.Id);
        if (admission.Run is not { } run)
        {
            await _responder.RespondAsync(interaction, Replies.Ephemeral($"Not now: {admission.Refusal}."), shutdown).ConfigureAwait(false);
            return;
        }

        using (run)
        {
            await using var conversation = await RunConversation.StartAsync(
                interaction, run, MessageText.EscapeMarkdown(RaceLines.Plan(plan)), _responder, _timeProvider, _logger, suppressEmbeds: false, shutdown).ConfigureAwait(false);
            if (conversation is null)
            {
                return;
            }

            using var watchdog = new CancellationTokenSource(RunLimits.Watchdog, _timeProvider);
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(run.CancellationToken, watchdog.Token);
            var result = await _engine.RunAsync(plan, new ConversationObserver(conversation), cancellation.Token).ConfigureAwait(false);
            await conversation.FinishAsync(Summary(result, run.CancelledByShutdown), run.Id, Picture(result, run.Id)).ConfigureAwait(false);
        }
    }

    /// <summary>The summary and the timeline in one message (the timeline shrinks to fit).</summary>
    private static string Summary(RaceResult result, bool shutdown)
    {
        var text = MessageText.EscapeMarkdown(RaceSummary.Render(result));
        if (shutdown)
        {
            text = "The bot is shutting down — run cancelled.\n" + text;
        }

        var room = MessageContent.MaxContentLength - text.Length - 1;
        return room > 40 ? text + "\n" + RaceTimeline.Render(result, room) : MessageText.Fit(text);
    }

    /// <summary>
    /// The run as a PNG timeline, drawn once the run is over, or null (after logging) if it cannot be drawn: a
    /// missing native library or a Skia failure must never cost the user the text summary.
    /// </summary>
    private FileAttachment? Picture(RaceResult result, string runId)
    {
        try
        {
            return new FileAttachment(RaceChart.FileName, RaceChart.ContentType, RaceChart.RenderPng(result), "Timeline of the run");
        }
        catch (Exception ex)
        {
            // Whatever broke the drawing, the summary goes out without it.
            LogPictureFailed(_logger, ex, runId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: the timeline picture could not be drawn; the summary goes out as text alone")]
    private static partial void LogPictureFailed(ILogger logger, Exception exception, string runId);

    /// <summary>Turns each task event into its seed-style line in the run's outbox.</summary>
    private sealed class ConversationObserver(RunConversation conversation) : IRaceObserver
    {
        public void OnEvent(in RaceEvent raceEvent)
        {
            if (RaceLines.Line(in raceEvent) is { } line)
            {
                conversation.Post(MessageText.EscapeMarkdown(line));
            }
        }
    }
}
