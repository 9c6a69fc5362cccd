using AsyncBot.Core.Fetch;
using AsyncBot.Discord.Interactions;
using AsyncBot.History;
using AsyncBot.Runs;
using Microsoft.Extensions.Options;

namespace AsyncBot.Commands;

/// <summary><c>/fetch</c>: the tutorial's HTTP lesson with the URLs a user typed, under the fetch engine's safety rules.</summary>
internal sealed class FetchCommandHandler : IInteractionHandler
{
    private const string Example = "`/fetch urls:https://example.com/ https://example.org/ mode:compare`";

    private readonly FetchEngine _engine;
    private readonly IOptionsMonitor<FetchOptions> _options;
    private readonly RunLauncher _launcher;
    private readonly IInteractionResponder _responder;

    public FetchCommandHandler(FetchEngine engine, IOptionsMonitor<FetchOptions> options, RunLauncher launcher, IInteractionResponder responder)
    {
        _engine = engine;
        _options = options;
        _launcher = launcher;
        _responder = responder;
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

        // Lines name URLs a stranger typed: no previews of whatever they point at.
        var planText = MessageText.EscapeMarkdown(FetchTextRenderer.RenderPlan(plan!, options));
        await _launcher.LaunchAsync(interaction, planText, suppressEmbeds: true, async (conversation, cancellationToken) =>
        {
            var result = await _engine.RunAsync(plan!, new ConversationObserver(conversation, plan!.Mode == FetchMode.Compare), cancellationToken).ConfigureAwait(false);
            var summary = MessageText.EscapeMarkdown(FetchTextRenderer.RenderSummary(result));
            return new RunSummary(FetchTextRenderer.RenderNoNetworkHint(plan, result, "urls:") is { } hint
                ? summary + "\n" + MessageText.EscapeMarkdown(hint)
                : summary) { Facts = RunFacts.Of(result) };
        }, shutdown).ConfigureAwait(false);
    }

    /// <summary>Posts each URL's line, with the tutorial's headings between the legs of a compare run.</summary>
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
