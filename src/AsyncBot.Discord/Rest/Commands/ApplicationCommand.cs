namespace AsyncBot.Discord.Rest.Commands;

/// <summary>A command as Discord holds it.</summary>
/// <param name="Id">Command snowflake; kept across overwrites that keep the name.</param>
/// <param name="ApplicationId">Application snowflake.</param>
/// <param name="Version">Changes whenever Discord stores a different definition.</param>
/// <param name="GuildId">Set for guild commands.</param>
/// <param name="Type">1 CHAT_INPUT, 2 USER, 3 MESSAGE, 4 PRIMARY_ENTRY_POINT.</param>
/// <param name="Definition">What the command looks like.</param>
public sealed record ApplicationCommand(string Id, string ApplicationId, string Version, string? GuildId, int Type, ApplicationCommandDefinition Definition);
