using AsyncBot.Discord.Interactions;
using AsyncBot.Commands;

namespace AsyncBot.Runs;

/// <summary>
/// The Cancel button (<c>cancel:&lt;run id&gt;</c>): stops the run for the user who started it. The run's own handler
/// then posts what finished and what was cancelled, and greys the button out.
/// </summary>
internal sealed class CancelButtonHandler : IInteractionHandler
{
    private readonly IRunRegistry _registry;
    private readonly IInteractionResponder _responder;

    public CancelButtonHandler(IRunRegistry registry, IInteractionResponder responder)
    {
        _registry = registry;
        _responder = responder;
    }

    public bool CanHandle(Interaction interaction) =>
        interaction.Type == InteractionType.MessageComponent
        && interaction.Component?.CustomId.StartsWith(Replies.CancelPrefix, StringComparison.Ordinal) == true;

    public async Task HandleAsync(Interaction interaction, CancellationToken shutdown)
    {
        var runId = interaction.Component!.CustomId[Replies.CancelPrefix.Length..];
        var response = await _registry.TryCancelAsync(runId, interaction.User.Id, shutdown).ConfigureAwait(false) switch
        {
            // Acknowledge without changing the message yet: the run's summary edit disables the button.
            CancelOutcome.Cancelled => new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage),
            CancelOutcome.NotOwner => Replies.Ephemeral("Only the person who started this run can cancel it."),
            CancelOutcome.Unavailable => Replies.Ephemeral("Can't cancel runs right now — try again in a moment."),
            _ => Replies.Ephemeral("That run has already finished."),
        };
        await _responder.RespondAsync(interaction, response, shutdown).ConfigureAwait(false);
    }
}
