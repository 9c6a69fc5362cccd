using AsyncBot.Discord.Rest.Commands;

namespace AsyncBot.Playground;

/// <summary>
/// The slash commands the message box knows: by default <see cref="Commands.CommandDefinitions.All"/>, the very list
/// registered with Discord, so autocomplete and option checks can never drift from it.
/// </summary>
/// <param name="All">The command definitions.</param>
internal sealed record PlaygroundCommands(IReadOnlyList<ApplicationCommandDefinition> All);
