using AsyncBot.Commands;
using AsyncBot.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AsyncBot.Runs;

/// <summary>Registers the run pipeline: admission and cancel routing, the launcher, the picture lanes, the Cancel button.</summary>
public static class RunsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the run pipeline with the in-memory run registry, unless a registry was registered first (the port
    /// exists so a shared store can take its place).
    /// </summary>
    public static IServiceCollection AddAsyncBotRuns(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>();
        services.TryAddSingleton<IRunRegistry, InMemoryRunRegistry>();
        services.TryAddSingleton<RunLauncher>();
        services.TryAddSingleton<PictureLane>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInteractionHandler, CancelButtonHandler>());
        return services;
    }
}
