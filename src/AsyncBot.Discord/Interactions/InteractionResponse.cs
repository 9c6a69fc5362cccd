namespace AsyncBot.Discord.Interactions;

/// <summary>The initial response to an interaction (the callback), which must reach Discord within 3 s.</summary>
/// <param name="Type">Callback type.</param>
/// <param name="Message">The message for types 4 and 7; for type 5 only <see cref="MessageContent.Ephemeral"/> matters.</param>
public sealed record InteractionResponse(InteractionCallbackType Type, MessageContent? Message = null);

/// <summary>Interaction callback types this bot uses (Discord's numbering).</summary>
public enum InteractionCallbackType
{
    /// <summary>Reply with a message.</summary>
    ChannelMessageWithSource = 4,
    /// <summary>Acknowledge now, edit the original later ("Bot is thinking…").</summary>
    DeferredChannelMessageWithSource = 5,
    /// <summary>Components only: acknowledge, edit the message later.</summary>
    DeferredUpdateMessage = 6,
    /// <summary>Components only: edit the message the component is on.</summary>
    UpdateMessage = 7,
}
