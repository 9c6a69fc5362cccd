using AsyncBot.History;
using AsyncBot.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AsyncBot.Commands;

/// <summary>Registers the slash-command side of the bot, independent of where interactions come from.</summary>
public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the handlers, the run pipeline (<see cref="RunsServiceCollectionExtensions.AddAsyncBotRuns"/>) and the dispatcher (a hosted service reading
    /// <see cref="Discord.Interactions.IInteractionSource"/> and answering through
    /// <see cref="Discord.Interactions.IInteractionResponder"/>). Whoever calls this registers those two ports:
    /// the Discord client, or the playground's in-process pair.
    /// </summary>
    public static IServiceCollection AddAsyncBotCommands(this IServiceCollection services)
    {
        services.AddAsyncBotRuns();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInteractionHandler, RaceCommandHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInteractionHandler, FetchCommandHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInteractionHandler, HelpCommandHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInteractionHandler, HistoryCommandHandler>());

        // Hosts that keep a history register it first (AddRunHistory); the rest, like the playground, keep none.
        services.TryAddSingleton<IRunHistory, DisabledRunHistory>();
        // Hosts that share run state register shared claims first (AddRunState); the rest remember in memory.
        services.TryAddSingleton<IInteractionClaims>(static sp => new InMemoryInteractionClaims(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddHostedService<InteractionDispatcher>();
        return services;
    }
}
