namespace AsyncBot.Discord;

/// <summary>
/// Discord's limits that callers must plan around, stated once here so the host asks instead of repeating them.
/// </summary>
public static class DiscordLimits
{
    /// <summary>The most characters a message's content may hold; Discord refuses longer ones with 50035.</summary>
    public const int MessageContentLength = 2000;

    /// <summary>
    /// How long after an interaction is created Discord accepts its first answer (the callback); after that the
    /// user sees "The application did not respond" and the callback fails with 10062.
    /// </summary>
    public static readonly TimeSpan InteractionAnswerWindow = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long an interaction token can send followups and edit the original; after that Discord answers 10015
    /// or 50027 (see <see cref="DiscordErrors.IsInteractionTokenDead"/>).
    /// </summary>
    public static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(15);
}
