using AsyncBot.Core.Fetch;
using AsyncBot.Discord.Interactions;
using AsyncBot.Outbox;
using AsyncBot.Runs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.Commands;

/// <summary><c>/fetch</c>: the seed's HTTP lesson with the URLs a user typed, under the fetch engine's safety rules.</summary>
internal sealed class FetchCommandHandler : IInteractionHandler
{
    private const string Example = "`/fetch urls:https://example.com/ https://example.org/ mode:compare`";

    private readonly FetchEngine _engine;
    private readonly IOptionsMonitor<FetchOptions> _options;
    private readonly IRunRegistry _registry;
    private readonly IInteractionResponder _responder;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FetchCommandHandler> _logger;

    public FetchCommandHandler(
        FetchEngine engine,
        IOptionsMonitor<FetchOptions> options,
        IRunRegistry registry,
        IInteractionResponder responder,
        TimeProvider timeProvider,
        ILogger<FetchCommandHandler> logger)
    {
        _engine = engine;
        _options = options;
        _registry = registry;
        _responder = responder;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public bool CanHandle(Interaction interaction) =>
        interaction.Type == InteractionType.ApplicationCommand && interaction.Command?.Name == "fetch";

    public async Task HandleAsync(Interaction interaction, CancellationToken shutdown)
    {
        var command = interaction.Command!;
        var options = _options.CurrentValue;
        if (!FetchPlan.TryParse(command.GetString("urls"), command.GetString("mode"), options, out var plan, out var error))
        {
            await _responder.RespondAsync(interaction, Replies.Ephemeral($"{MessageText.EscapeMarkdown(error!)}\nFor example: {Example}"), shutdown).ConfigureAwait(false);
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
            // Lines name URLs a stranger typed: no previews of whatever they point at.
            await using var conversation = await RunConversation.StartAsync(
                interaction, run, MessageText.EscapeMarkdown(FetchTextRenderer.RenderPlan(plan!, options)), _responder, _timeProvider, _logger, suppressEmbeds: true, shutdown).ConfigureAwait(false);
            if (conversation is null)
            {
                return;
            }

            using var watchdog = new CancellationTokenSource(RunLimits.Watchdog, _timeProvider);
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(run.CancellationToken, watchdog.Token);
            var result = await _engine.RunAsync(plan!, new ConversationObserver(conversation, plan!.Mode == FetchMode.Compare), cancellation.Token).ConfigureAwait(false);
            var summary = MessageText.EscapeMarkdown(FetchTextRenderer.RenderSummary(result));
            if (FetchTextRenderer.RenderNoNetworkHint(plan, result) is { } hint)
            {
                summary += "\n" + hint.Replace("--url", "urls:", StringComparison.Ordinal);
            }

            if (run.CancelledByShutdown)
            {
                summary = "The bot is shutting down — run cancelled.\n" + summary;
            }

            await conversation.FinishAsync(MessageText.Fit(summary), run.Id).ConfigureAwait(false);
        }
    }

    /// <summary>Posts each URL's line, with the seed's headings between the legs of a compare run.</summary>
    private sealed class ConversationObserver(RunConversation conversation, bool headings) : IFetchObserver
    {
        private FetchMode? _leg;

        public void OnEvent(FetchEvent fetchEvent)
        {
            if (headings && _leg != fetchEvent.Leg)
            {
                _leg = fetchEvent.Leg;
                conversation.Post(FetchTextRenderer.RenderLegHeading(fetchEvent.Leg));
            }

            conversation.Post(MessageText.EscapeMarkdown(FetchTextRenderer.RenderEvent(fetchEvent)));
        }
    }
}
