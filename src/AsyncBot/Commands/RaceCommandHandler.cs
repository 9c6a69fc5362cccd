using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using AsyncBot.Core.Rendering.Picture;
using AsyncBot.Discord.Interactions;
using AsyncBot.History;
using AsyncBot.Runs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Commands;

/// <summary><c>/race</c>: replies with the plan at once, then posts each start and finish as it happens.</summary>
internal sealed partial class RaceCommandHandler : IInteractionHandler
{
    private readonly RaceEngine _engine;
    private readonly IOptionsMonitor<RaceOptions> _options;
    private readonly RunLauncher _launcher;
    private readonly IInteractionResponder _responder;
    private readonly PictureLane _pictures;
    private readonly ILogger<RaceCommandHandler> _logger;

    public RaceCommandHandler(
        RaceEngine engine, IOptionsMonitor<RaceOptions> options, RunLauncher launcher, IInteractionResponder responder, PictureLane pictures,
        ILogger<RaceCommandHandler> logger)
    {
        _pictures = pictures;
        _engine = engine;
        _options = options;
        _launcher = launcher;
        _responder = responder;
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

        await _launcher.LaunchAsync(interaction, MessageText.EscapeMarkdown(RaceLines.Plan(plan)), suppressEmbeds: false, async (conversation, cancellationToken) =>
        {
            var result = await _engine.RunAsync(plan, new ConversationObserver(conversation), cancellationToken).ConfigureAwait(false);
            var picture = await _pictures.TryDrawAsync(() => Picture(result, interaction.Id), shutdown).ConfigureAwait(false);
            if (picture is null)
            {
                LogPictureSkipped(_logger, interaction.Id);
            }

            return new RunSummary(Summary(result), picture) { Facts = RunFacts.Of(result) };
        }, shutdown).ConfigureAwait(false);
    }

    /// <summary>The summary and the timeline in one message (the timeline shrinks to fit what is left).</summary>
    private static string Summary(RaceResult result)
    {
        var text = MessageText.EscapeMarkdown(RaceSummary.Render(result));

        // Room for a shutdown notice the launcher may put in front.
        var room = Discord.DiscordLimits.MessageContentLength - text.Length - 80;
        return room > 40 ? text + "\n" + MessageText.CodeBlock(RaceTimeline.Render(result, room - MessageText.CodeBlockOverhead)) : text;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: no picture (drawing failed or every drawing lane stayed busy); the summary goes out as text alone")]
    private static partial void LogPictureSkipped(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: the timeline picture could not be drawn; the summary goes out as text alone")]
    private static partial void LogPictureFailed(ILogger logger, Exception exception, string runId);

    /// <summary>Turns each task event into its tutorial-style line in the run's outbox.</summary>
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
