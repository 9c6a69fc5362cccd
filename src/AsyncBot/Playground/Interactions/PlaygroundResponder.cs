using AsyncBot.Discord.Interactions;
using AsyncBot.Discord;
using AsyncBot.Playground.Chat;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Interactions;

/// <summary>
/// The playground's outbound port: answers go to the shared channel instead of Discord, with Discord's rules — the
/// 3 s callback deadline, one callback per interaction, followups only after it, messages owned by their token,
/// ephemeral replies only for their user, and (when simulated) the webhook bucket.
/// </summary>
/// <remarks>Thread-safe: many runs answer at once.</remarks>
internal sealed class PlaygroundResponder : IInteractionResponder
{
    /// <summary>Discord's deadline for the initial callback.</summary>
    public static readonly TimeSpan CallbackDeadline = DiscordLimits.InteractionAnswerWindow;

    private readonly PlaygroundChannel _channel;
    private readonly InteractionTokens _tokens;
    private readonly Snowflakes _snowflakes;
    private readonly TimeProvider _timeProvider;
    private readonly bool _simulateRateLimit;

    public PlaygroundResponder(PlaygroundChannel channel, InteractionTokens tokens, Snowflakes snowflakes, TimeProvider timeProvider, IOptions<PlaygroundOptions> options)
    {
        _channel = channel;
        _tokens = tokens;
        _snowflakes = snowflakes;
        _timeProvider = timeProvider;
        _simulateRateLimit = options.Value.SimulateRateLimit;
    }

    /// <inheritdoc />
    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(response);
        var entry = _tokens.Find(interaction.Token);
        if (entry is null || _timeProvider.GetUtcNow() - entry.CreatedAt > CallbackDeadline)
        {
            throw PlaygroundErrors.UnknownInteraction();
        }

        if (response.Message is { } checkedMessage)
        {
            MessageComposer.Check(checkedMessage, PlaygroundErrors.CallbackRoute, creating: response.Type == InteractionCallbackType.ChannelMessageWithSource);
        }

        var buttonMessageId = interaction.Component?.MessageId;
        if (response.Type is InteractionCallbackType.DeferredUpdateMessage or InteractionCallbackType.UpdateMessage
            && (buttonMessageId is null || _channel.Find(buttonMessageId) is null))
        {
            throw PlaygroundErrors.InvalidBody(PlaygroundErrors.CallbackRoute, "this callback type needs a component interaction on a known message");
        }

        if (!entry.TryAcknowledge())
        {
            throw PlaygroundErrors.AlreadyAcknowledged();
        }

        var now = _timeProvider.GetUtcNow();
        switch (response.Type)
        {
            case InteractionCallbackType.ChannelMessageWithSource:
                Post(entry, MessageComposer.Create(_snowflakes.Next(), response.Message!, now, VisibleTo(entry, response.Message!), Invocation(entry)));
                break;
            case InteractionCallbackType.DeferredChannelMessageWithSource:
                var placeholder = new MessageContent(Ephemeral: response.Message?.Ephemeral ?? false);
                Post(entry, MessageComposer.Create(_snowflakes.Next(), placeholder, now, VisibleTo(entry, placeholder), Invocation(entry)) with { Thinking = true });
                break;
            case InteractionCallbackType.DeferredUpdateMessage:
                entry.SetOriginal(buttonMessageId!);
                break;
            case InteractionCallbackType.UpdateMessage:
                entry.SetOriginal(buttonMessageId!);
                _channel.TryUpdate(buttonMessageId!, m => MessageComposer.Edit(m, response.Message!, now), out _);
                break;
            default:
                throw PlaygroundErrors.InvalidBody(PlaygroundErrors.CallbackRoute, $"callback type {(int)response.Type} is not supported");
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var entry = await EnterWebhookAsync(interaction, PlaygroundErrors.FollowupRoute, cancellationToken).ConfigureAwait(false);
        MessageComposer.Check(message, PlaygroundErrors.FollowupRoute, creating: true);
        var now = _timeProvider.GetUtcNow();

        // As in Discord, the first followup after a deferred reply fills the "thinking" placeholder.
        if (entry.OriginalMessageId is { } originalId && _channel.Find(originalId) is { Thinking: true }
            && _channel.TryUpdate(originalId, m => MessageComposer.Edit(m, message, now), out _))
        {
            return originalId;
        }

        var created = MessageComposer.Create(_snowflakes.Next(), message, now, VisibleTo(entry, message), invocation: null);
        _channel.Post(created);
        return created.Id;
    }

    /// <inheritdoc />
    public async Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Route = "PATCH " + PlaygroundErrors.OriginalRoute;
        var entry = await EnterWebhookAsync(interaction, Route, cancellationToken).ConfigureAwait(false);
        MessageComposer.Check(message, Route, creating: false);
        var now = _timeProvider.GetUtcNow();
        if (entry.OriginalMessageId is not { } id || !_channel.TryUpdate(id, m => MessageComposer.Edit(m, message, now), out _))
        {
            throw PlaygroundErrors.UnknownMessage(Route);
        }
    }

    /// <inheritdoc />
    public TimeSpan GetFollowupDelay(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return _simulateRateLimit && _tokens.Find(interaction.Token) is { } entry ? entry.Bucket.Delay : TimeSpan.Zero;
    }

    /// <summary>Every webhook call: a live, acknowledged token, then a turn in its bucket when simulated.</summary>
    private async Task<PlaygroundInteraction> EnterWebhookAsync(Interaction interaction, string route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var entry = _tokens.Find(interaction.Token);
        if (entry is null || !entry.Acknowledged)
        {
            throw PlaygroundErrors.UnknownWebhook(route);
        }

        if (_simulateRateLimit)
        {
            await entry.Bucket.TakeAsync(cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    private void Post(PlaygroundInteraction entry, PlaygroundMessage message)
    {
        entry.SetOriginal(message.Id);
        _channel.Post(message);
    }

    private static string? VisibleTo(PlaygroundInteraction entry, MessageContent message) =>
        message.Ephemeral ? entry.Interaction.User.Id : null;

    private static PlaygroundInvocation Invocation(PlaygroundInteraction entry) => new(
        entry.Interaction.User.Id,
        entry.Interaction.User.DisplayName,
        entry.InvocationName,
        ViaButton: entry.Interaction.Type == InteractionType.MessageComponent);
}
