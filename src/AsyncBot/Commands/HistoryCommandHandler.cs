using AsyncBot.Discord.Interactions;
using AsyncBot.History;

namespace AsyncBot.Commands;

/// <summary>
/// <c>/history</c>: your last runs and best speedup; <c>scope:server</c> the server's fastest runs this week;
/// <c>forget:True</c> deletes everything stored about you. Every answer is ephemeral: only the asker sees it.
/// </summary>
internal sealed class HistoryCommandHandler : IInteractionHandler
{
    private readonly IRunHistory _history;
    private readonly IInteractionResponder _responder;

    public HistoryCommandHandler(IRunHistory history, IInteractionResponder responder)
    {
        _history = history;
        _responder = responder;
    }

    public bool CanHandle(Interaction interaction) =>
        interaction.Type == InteractionType.ApplicationCommand && interaction.Command?.Name == "history";

    public async Task HandleAsync(Interaction interaction, CancellationToken shutdown)
    {
        var text = await AnswerAsync(interaction, shutdown).ConfigureAwait(false);
        await _responder.RespondAsync(interaction, Replies.Ephemeral(text), shutdown).ConfigureAwait(false);
    }

    private async Task<string> AnswerAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!_history.IsEnabled)
        {
            return HistoryText.Off;
        }

        var command = interaction.Command!;
        var userId = interaction.User.Id;
        try
        {
            // Forgetting works even while writes fail: a person's wish to be deleted should not wait for a repair.
            if (string.Equals(command.GetString("forget"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return HistoryText.Forgotten(await _history.ForgetAsync(userId, cancellationToken).ConfigureAwait(false));
            }

            // While the writer cannot write, what could be read is stale and the user's latest runs are missing.
            if (!_history.IsAvailable)
            {
                return HistoryText.Unavailable;
            }

            if (string.Equals(command.GetString("scope"), "server", StringComparison.OrdinalIgnoreCase))
            {
                return interaction.GuildId is { } guildId
                    ? HistoryText.Server(await _history.FastestInServerAsync(guildId, cancellationToken).ConfigureAwait(false))
                    : HistoryText.ServerOnly;
            }

            return HistoryText.Personal(await _history.ForUserAsync(userId, cancellationToken).ConfigureAwait(false));
        }
        catch (HistoryUnavailableException)
        {
            return HistoryText.Unavailable;
        }
    }
}
