using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// <see cref="IInteractionResponder"/> for interactions that arrived as HTTP POSTs: the first answer goes into the
/// waiting HTTP response instead of a REST callback; everything after it (followups, edits, deletes) is REST as
/// with the gateway. The handlers cannot tell the difference.
/// </summary>
internal sealed class HttpFirstResponder(InteractionResponder rest, PendingExchanges pending) : IInteractionResponder
{
    public async Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(response);
        var exchange = pending.Find(interaction.Id);
        if (exchange is null)
        {
            // Not from the endpoint (or already answered): the REST callback says what Discord thinks of it.
            await rest.RespondAsync(interaction, response, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Files cannot ride in the JSON response: answer "thinking…" and upload them with the edit.
        var files = response.Message?.Attachments is { Count: > 0 };
        var first = files ? Deferral(interaction, response.Message!.Ephemeral) : response;
        if (exchange.TryAnswer(first))
        {
            await WrittenAsync(exchange, interaction, cancellationToken).ConfigureAwait(false);
            if (files)
            {
                await rest.EditOriginalAsync(interaction, response.Message!, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // The endpoint already answered "thinking…" because this answer was late: it becomes the original's edit.
        pending.Remove(exchange);
        await WrittenAsync(exchange, interaction, cancellationToken).ConfigureAwait(false);
        if (response.Type is InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.UpdateMessage && response.Message is { } message)
        {
            await rest.EditOriginalAsync(interaction, message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WrittenAsync(InteractionExchange exchange, Interaction interaction, CancellationToken cancellationToken)
    {
        await exchange.Written.WaitAsync(cancellationToken).ConfigureAwait(false);
        rest.NoteAnsweredOverHttp(interaction);
    }

    /// <summary>What the endpoint answers for a handler that is too slow: "thinking…", or for a button a silent acknowledgement.</summary>
    public static InteractionResponse Deferral(Interaction interaction, bool ephemeral = false) =>
        interaction.Type == InteractionType.MessageComponent
            ? new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage)
            : new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, new MessageContent(Ephemeral: ephemeral));

    public Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default) =>
        rest.FollowupAsync(interaction, message, cancellationToken);

    public Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default) =>
        rest.EditOriginalAsync(interaction, message, cancellationToken);

    public TimeSpan GetFollowupDelay(Interaction interaction) => rest.GetFollowupDelay(interaction);
}
