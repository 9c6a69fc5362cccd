using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Runs;

/// <summary>
/// Where a run's messages go: the application and the interaction token its followups and edits are sent with. A
/// shared run store keeps it so that, should the replica running the run die, another can tell the run's user. The
/// token is a credential for 15 minutes: it is never logged, and the store forgets it when it expires.
/// </summary>
/// <param name="ApplicationId">The bot's application id.</param>
/// <param name="Token">The interaction's token.</param>
/// <param name="Command">The command that started the run (<c>race</c>, <c>fetch</c>), for "start it again with /race".</param>
/// <param name="ExpiresAt">When Discord stops taking the token; unknown means 15 minutes from admission.</param>
public sealed record RunReplyAddress(string ApplicationId, string Token, string? Command = null, DateTimeOffset? ExpiresAt = null)
{
    /// <summary>
    /// The reply address of the command <paramref name="interaction"/>. Its token dies 15 minutes after Discord
    /// created it, which is when this process received it, give or take the network.
    /// </summary>
    public static RunReplyAddress Of(Interaction interaction, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(time);
        var received = interaction.ReceivedAt ?? time.GetUtcNow();
        return new RunReplyAddress(interaction.ApplicationId, interaction.Token, interaction.Command?.Name, received + DiscordLimits.InteractionTokenLifetime);
    }

    /// <summary>How much longer the token works at <paramref name="now"/>; zero or less when it no longer does.</summary>
    public TimeSpan LifeLeft(DateTimeOffset now) => (ExpiresAt ?? now + DiscordLimits.InteractionTokenLifetime) - now;

    /// <inheritdoc />
    public override string ToString() => $"RunReplyAddress {{ ApplicationId = {ApplicationId}, Command = {Command}, Token = (hidden) }}";
}
