using AsyncBot.Discord.Rest.Commands;

namespace AsyncBot.Discord.Tests.Rest.Commands;

/// <summary>The three commands of <c>commands-bulk.json</c>, as the host would define them.</summary>
internal static class AsyncBotCommands
{
    private static readonly InteractionContextType[] GuildAndDm = [InteractionContextType.Guild, InteractionContextType.BotDm];
    private static readonly ApplicationIntegrationType[] GuildInstall = [ApplicationIntegrationType.GuildInstall];

    public static IReadOnlyList<ApplicationCommandDefinition> All { get; } =
    [
        new("race", "Race async tasks and watch them start and finish live")
        {
            Options =
            [
                new(ApplicationCommandOptionType.String, "tasks", "name:seconds pairs, space or comma separated (default: A:2 B:3 C:1)")
                {
                    MinLength = 1,
                    MaxLength = 1000,
                },
                Choice("mode", "How to run the tasks (default: gather)",
                    ("gather - start all, wait for all", "gather"),
                    ("sequential - await one after another", "sequential"),
                    ("ordered - start all, report in the given order", "ordered"),
                    ("as-completed - report each as it finishes", "as-completed"),
                    ("compare - sequential, then concurrent", "compare")),
                Choice("work", "What each task does (default: delay)",
                    ("delay - await a timer (I/O-like)", "delay"),
                    ("blocking - block the thread like a sync sleep", "blocking"),
                    ("cpu - burn CPU for that long", "cpu")),
            ],
            Contexts = GuildAndDm,
            IntegrationTypes = GuildInstall,
        },
        new("fetch", "Fetch URLs concurrently or one by one and time each response")
        {
            Options =
            [
                new(ApplicationCommandOptionType.String, "urls", "Space-separated http/https URLs (default: the configured list)")
                {
                    MinLength = 1,
                    MaxLength = 4000,
                },
                Choice("mode", "How to fetch (default: concurrent)",
                    ("concurrent - all at once", "concurrent"),
                    ("sequential - one after another", "sequential"),
                    ("compare - sequential, then concurrent", "compare")),
            ],
            Contexts = GuildAndDm,
            IntegrationTypes = GuildInstall,
        },
        new("help", "What the commands do, the limits in force, and examples")
        {
            Contexts = GuildAndDm,
            IntegrationTypes = GuildInstall,
        },
    ];

    private static ApplicationCommandOptionDefinition Choice(string name, string description, params (string Name, string Value)[] choices) =>
        new(ApplicationCommandOptionType.String, name, description)
        {
            Choices = choices.Select(c => new ApplicationCommandChoice(c.Name, c.Value)).ToList(),
        };
}
