using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Commands;

/// <summary>
/// Decides from an interaction's arrival time whether its handler may still answer it. Discord shows "The
/// application did not respond" unless the first answer comes within 3 s; when the bot falls behind (a burst larger
/// than it can parse and acknowledge at once), an interaction that already waited half of that gets the one-request
/// busy reply instead of a run, which also sheds the work that made it late.
/// </summary>
internal static class IntakeDeadline
{

    /// <summary>
    /// From this age on the busy reply is sent instead of the handler's answer: the other half of the window is the
    /// margin for one callback round trip on a loaded machine.
    /// </summary>
    public static readonly TimeSpan BusyAfter = TimeSpan.FromSeconds(1.5);

    /// <summary>Decides for <paramref name="interaction"/> at <paramref name="now"/>; a source without arrival times is never late.</summary>
    public static IntakeDecision Decide(Interaction interaction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.ReceivedAt is not { } received)
        {
            return IntakeDecision.Handle;
        }

        var age = now - received;
        return age >= DiscordLimits.InteractionAnswerWindow ? IntakeDecision.TooLate
            : age >= BusyAfter ? IntakeDecision.Busy
            : IntakeDecision.Handle;
    }
}
