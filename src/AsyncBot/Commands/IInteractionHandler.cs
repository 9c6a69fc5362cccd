using AsyncBot.Discord.Interactions;

namespace AsyncBot.Commands;

/// <summary>Handles one kind of interaction: a slash command by name, or a component by custom-id prefix.</summary>
public interface IInteractionHandler
{
    /// <summary>Whether this handler answers <paramref name="interaction"/>.</summary>
    bool CanHandle(Interaction interaction);

    /// <summary>
    /// Answers the interaction: acknowledges it within Discord's 3 s, then does the work. <paramref name="shutdown"/>
    /// fires when the bot is stopping; a handler then has a few seconds to say so before it is abandoned.
    /// </summary>
    Task HandleAsync(Interaction interaction, CancellationToken shutdown);
}
