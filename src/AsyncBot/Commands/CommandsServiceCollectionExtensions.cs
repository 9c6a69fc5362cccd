using AsyncBot.Commands.Delivery;
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
        // A shared store registers its own first (AddRunState); one process remembers the ids itself.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFirstDelivery, InMemoryFirstDelivery>();
        services.AddHostedService<InteractionDispatcher>();
        return services;
    }
}
