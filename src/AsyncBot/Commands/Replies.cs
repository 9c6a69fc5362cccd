using AsyncBot.Discord.Interactions;

namespace AsyncBot.Commands;

/// <summary>Building blocks for the bot's replies.</summary>
internal static class Replies
{
    /// <summary>Prefix of the Cancel button's custom id; the run id follows.</summary>
    public const string CancelPrefix = "cancel:";

    /// <summary>An immediate reply only the invoker sees (flag 64).</summary>
    public static InteractionResponse Ephemeral(string text) =>
        new(InteractionCallbackType.ChannelMessageWithSource, new MessageContent(Runs.MessageText.Fit(text), Ephemeral: true));

    /// <summary>The reply when the bot is too loaded to start anything for this interaction right now.</summary>
    public static InteractionResponse Busy() => Ephemeral("I'm busy right now — try again in a moment.");

    /// <summary>The row with the run's Cancel button, enabled or greyed out.</summary>
    public static IReadOnlyList<ActionRow> CancelRow(string runId, bool disabled = false) =>
        [new ActionRow([new Button(CancelPrefix + runId, "Cancel", ButtonStyle.Danger, disabled)])];
}
