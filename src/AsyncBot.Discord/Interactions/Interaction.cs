namespace AsyncBot.Discord.Interactions;

/// <summary>
/// One interaction as the rest of the bot sees it: what was invoked, by whom, and the id and token needed to answer.
/// Parsed from <c>INTERACTION_CREATE</c> by the gateway, or built in-process by another interaction source.
/// </summary>
/// <param name="Id">Interaction snowflake.</param>
/// <param name="ApplicationId">Application snowflake, used in followup and <c>@original</c> routes.</param>
/// <param name="Type">What kind of interaction this is.</param>
/// <param name="Token">The interaction token: a secret valid for 15 minutes. Never log it.</param>
/// <param name="User">The invoking user (<c>member.user</c> in guilds, <c>user</c> in DMs).</param>
/// <param name="GuildId">Guild snowflake, absent in DMs.</param>
/// <param name="ChannelId">Channel snowflake.</param>
/// <param name="Command">The command data for application command interactions.</param>
/// <param name="Component">The component data for button clicks.</param>
/// <param name="Locale">The invoker's language.</param>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    InteractionType Type,
    string Token,
    InteractionUser User,
    string? GuildId = null,
    string? ChannelId = null,
    CommandInvocation? Command = null,
    ComponentInvocation? Component = null,
    string? Locale = null)
{
    /// <summary>
    /// When this process received the interaction (its source's clock), or null when the source cannot say. Discord
    /// wants the first answer within 3 s of sending it, so a reader that gets to it late knows how little time is left.
    /// </summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Interaction {{ Id = {Id}, Type = {Type}, User = {User.Id}, Command = {Command?.Name}, Component = {Component?.CustomId} }}";
}

/// <summary>Interaction types (Discord's numbering).</summary>
public enum InteractionType
{
    /// <summary>Only sent to HTTP-endpoint bots.</summary>
    Ping = 1,
    /// <summary>A slash command.</summary>
    ApplicationCommand = 2,
    /// <summary>A button click or select.</summary>
    MessageComponent = 3,
    /// <summary>Autocomplete request.</summary>
    ApplicationCommandAutocomplete = 4,
    /// <summary>Modal submit.</summary>
    ModalSubmit = 5,
}

/// <summary>The user who invoked an interaction.</summary>
/// <param name="Id">User snowflake.</param>
/// <param name="Username">Unique username.</param>
/// <param name="GlobalName">Display name, when set.</param>
public sealed record InteractionUser(string Id, string Username, string? GlobalName = null)
{
    /// <summary>What to call the user in messages.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;
}

/// <summary>A slash command invocation.</summary>
/// <param name="Name">The command name, e.g. <c>race</c>.</param>
/// <param name="Options">The options the user filled (absent and empty are the same).</param>
public sealed record CommandInvocation(string Name, IReadOnlyList<CommandOptionValue> Options)
{
    /// <summary>The value of a top-level option, or null when the user left it out.</summary>
    public string? GetString(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal))?.Value;
}

/// <summary>One option value. Numbers and booleans are carried as their invariant JSON text.</summary>
/// <param name="Name">Option name.</param>
/// <param name="Type">Discord option type (3 string, 4 integer, 5 boolean, 10 number, 1 subcommand …).</param>
/// <param name="Value">The value's text; null for subcommands.</param>
/// <param name="Options">Nested options of a subcommand.</param>
public sealed record CommandOptionValue(string Name, int Type, string? Value, IReadOnlyList<CommandOptionValue>? Options = null);

/// <summary>A component (button) invocation.</summary>
/// <param name="CustomId">The developer-defined id, e.g. <c>cancel:&lt;run id&gt;</c>.</param>
/// <param name="ComponentType">2 for a button.</param>
/// <param name="MessageId">The message the component is on.</param>
public sealed record ComponentInvocation(string CustomId, int ComponentType, string? MessageId = null);
