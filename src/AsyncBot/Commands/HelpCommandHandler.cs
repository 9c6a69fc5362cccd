using System.Globalization;
using AsyncBot.Core.Fetch;
using AsyncBot.Core.Race;
using AsyncBot.Discord.Interactions;
using AsyncBot.Options;
using Microsoft.Extensions.Options;

namespace AsyncBot.Commands;

/// <summary><c>/help</c>: what the commands do, the limits in force and one example each (only the asker sees it).</summary>
internal sealed class HelpCommandHandler : IInteractionHandler
{
    private readonly IOptionsMonitor<RaceOptions> _race;
    private readonly IOptionsMonitor<FetchOptions> _fetch;
    private readonly IOptionsMonitor<LimitsOptions> _limits;
    private readonly IInteractionResponder _responder;

    public HelpCommandHandler(
        IOptionsMonitor<RaceOptions> race,
        IOptionsMonitor<FetchOptions> fetch,
        IOptionsMonitor<LimitsOptions> limits,
        IInteractionResponder responder)
    {
        _race = race;
        _fetch = fetch;
        _limits = limits;
        _responder = responder;
    }

    public bool CanHandle(Interaction interaction) =>
        interaction.Type == InteractionType.ApplicationCommand && interaction.Command?.Name == "help";

    public Task HandleAsync(Interaction interaction, CancellationToken shutdown) =>
        _responder.RespondAsync(interaction, Replies.Ephemeral(Text(_race.CurrentValue, _fetch.CurrentValue, _limits.CurrentValue)), shutdown);

    internal static string Text(RaceOptions race, FetchOptions fetch, LimitsOptions limits) => string.Create(CultureInfo.InvariantCulture, $"""
        **AsyncBot** makes async concurrency visible: tasks start, wait and finish live in this channel.

        **/race** `tasks` `mode` `work` — race timed tasks and watch each start and finish.
        • `tasks`: name:seconds pairs, e.g. `A:2 B:3 C:1` (up to {race.MaxTasks} tasks, each up to {race.MaxSeconds:0.##} s)
        • `mode`: `gather` start all, wait for all · `sequential` one after another · `ordered` start all, report in the given order · `as-completed` report each as it finishes · `compare` sequential, then gather
        • `work`: `delay` awaits a timer · `blocking` blocks its thread like a sync sleep · `cpu` burns CPU
        Example: `/race tasks:A:2 B:3 C:1 mode:gather` — finishes C, A, B in about 3 s, not 6.

        **/fetch** `urls` `mode` — fetch URLs one by one or concurrently and time each response.
        • `urls`: up to {fetch.MaxUrls} http/https URLs, space separated (default: the tutorial's {fetch.DefaultUrls.Count}); {fetch.TimeoutSeconds} s and {fetch.MaxResponseBytes / 1024} KiB per URL; private and internal addresses are {(fetch.AllowPrivateNetworks ? "allowed on this server" : "refused")}
        • `mode`: `concurrent` · `sequential` · `compare`
        Example: `/fetch mode:compare`

        Each person may have {limits.RunsPerUser} runs going at once ({limits.RunsTotal} in total); the Cancel button stops a run for the person who started it.
        """);
}
