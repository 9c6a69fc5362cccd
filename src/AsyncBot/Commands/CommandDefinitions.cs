using AsyncBot.Discord.Rest.Commands;

namespace AsyncBot.Commands;

/// <summary>
/// The slash commands as registered with Discord, and the single source the playground's autocomplete reads too.
/// Names, option names and choice values are a promise to users, documented in docs/commands.md: change them only
/// together with that page.
/// </summary>
public static class CommandDefinitions
{
    /// <summary>Where the commands can be used: servers and the bot's DMs (a guild-install bot).</summary>
    private static readonly InteractionContextType[] Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm];

    private static readonly ApplicationIntegrationType[] IntegrationTypes = [ApplicationIntegrationType.GuildInstall];

    /// <summary><c>/race</c>.</summary>
    public static ApplicationCommandDefinition Race { get; } = new("race", "Race async tasks and watch them start and finish live")
    {
        Options =
        [
            new(ApplicationCommandOptionType.String, "tasks", "name:seconds pairs, space or comma separated (default: A:2 B:3 C:1)")
            {
                MinLength = 1,
                MaxLength = 1000,
            },
            new(ApplicationCommandOptionType.String, "mode", "How to run the tasks (default: gather)")
            {
                Choices =
                [
                    new("gather - start all, wait for all", "gather"),
                    new("sequential - await one after another", "sequential"),
                    new("ordered - start all, report in the given order", "ordered"),
                    new("as-completed - report each as it finishes", "as-completed"),
                    new("compare - sequential, then concurrent", "compare"),
                ],
            },
            new(ApplicationCommandOptionType.String, "work", "What each task does (default: delay)")
            {
                Choices =
                [
                    new("delay - await a timer (I/O-like)", "delay"),
                    new("blocking - block the thread like a sync sleep", "blocking"),
                    new("cpu - burn CPU for that long", "cpu"),
                ],
            },
        ],
        Contexts = Contexts,
        IntegrationTypes = IntegrationTypes,
    };

    /// <summary><c>/fetch</c>.</summary>
    public static ApplicationCommandDefinition Fetch { get; } = new("fetch", "Fetch URLs concurrently or one by one and time each response")
    {
        Options =
        [
            new(ApplicationCommandOptionType.String, "urls", "Space-separated http/https URLs (default: the configured list)")
            {
                MinLength = 1,
                MaxLength = 4000,
            },
            new(ApplicationCommandOptionType.String, "mode", "How to fetch (default: concurrent)")
            {
                Choices =
                [
                    new("concurrent - all at once", "concurrent"),
                    new("sequential - one after another", "sequential"),
                    new("compare - sequential, then concurrent", "compare"),
                ],
            },
        ],
        Contexts = Contexts,
        IntegrationTypes = IntegrationTypes,
    };

    /// <summary><c>/help</c>.</summary>
    public static ApplicationCommandDefinition Help { get; } = new("help", "What the commands do, the limits in force, and examples")
    {
        Contexts = Contexts,
        IntegrationTypes = IntegrationTypes,
    };

    /// <summary><c>/history</c>: always answered ephemerally.</summary>
    public static ApplicationCommandDefinition History { get; } = new("history", "Your last runs and best speedup, or this server's fastest (only you see it)")
    {
        Options =
        [
            new(ApplicationCommandOptionType.String, "scope", "Whose runs (default: me)")
            {
                Choices =
                [
                    new("me - your last 5 runs and best speedup", "me"),
                    new("server - this server's fastest runs this week", "server"),
                ],
            },
            new(ApplicationCommandOptionType.Boolean, "forget", "True deletes everything stored about you, at once"),
        ],
        Contexts = Contexts,
        IntegrationTypes = IntegrationTypes,
    };

    /// <summary>Every command, in the order they are registered.</summary>
    public static IReadOnlyList<ApplicationCommandDefinition> All { get; } = [Race, Fetch, Help, History];
}
