namespace AsyncBot.Discord;

/// <summary>
/// Discord's JSON error codes (the <c>code</c> of an error body, carried by
/// <see cref="Interactions.DiscordRequestException.Code"/>) that callers react to, and what they mean for them.
/// </summary>
public static class DiscordErrors
{
    /// <summary>10008: the message does not exist (or does not belong to this token).</summary>
    public const int UnknownMessage = 10008;

    /// <summary>10015: the webhook, here an interaction token, is unknown: expired or never acknowledged.</summary>
    public const int UnknownWebhook = 10015;

    /// <summary>10062: the interaction is unknown: its 3 s answer window passed, or it never existed.</summary>
    public const int UnknownInteraction = 10062;

    /// <summary>40060: the interaction was already answered; a second callback is refused.</summary>
    public const int InteractionAlreadyAcknowledged = 40060;

    /// <summary>50027: the webhook token, here an interaction token, is invalid.</summary>
    public const int InvalidWebhookToken = 50027;

    /// <summary>50035: the body breaks one of Discord's limits (too long, bad field).</summary>
    public const int InvalidFormBody = 50035;

    /// <summary>
    /// Whether <paramref name="code"/> says the interaction token can no longer be used: every later followup or
    /// edit with it would fail the same way, and each failure counts towards Discord's invalid-request limit, so a
    /// caller should stop sending on it.
    /// </summary>
    public static bool IsInteractionTokenDead(int? code) => code is UnknownWebhook or UnknownInteraction or InvalidWebhookToken;
}
