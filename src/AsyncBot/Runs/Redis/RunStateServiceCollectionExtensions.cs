using AsyncBot.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>Registers where run state lives: in this process, or in the store <c>State:Redis</c> names.</summary>
public static class RunStateServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="IRunRegistry"/> that <see cref="StateOptions"/> (bound from the <c>State</c> section,
    /// validated at start) asks for. Call before <see cref="RunsServiceCollectionExtensions.AddAsyncBotRuns"/>,
    /// which otherwise registers the in-memory one.
    /// </summary>
    public static IServiceCollection AddRunState(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.SectionName));
        return services.AddRunStateCore();
    }

    /// <summary>Like <see cref="AddRunState(IServiceCollection, IConfiguration)"/>, with options set in code.</summary>
    public static IServiceCollection AddRunState(this IServiceCollection services, Action<StateOptions> configure)
    {
        services.AddOptions<StateOptions>().Configure(configure);
        return services.AddRunStateCore();
    }

    private static IServiceCollection AddRunStateCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StateOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StateOptions>, StateOptionsValidator>());
        services.AddOptions<LimitsOptions>();
        services.TryAddSingleton(TimeProvider.System);

        // Resolved only when a store is configured, so a single bot never opens a connection.
        services.TryAddSingleton<IConnectionMultiplexer>(provider => RunStoreConnection.Connect(
            provider.GetRequiredService<IOptions<StateOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
        services.AddHostedService<LostRunReaper>();
        services.TryAddSingleton<IInteractionClaims>(provider =>
            provider.GetRequiredService<IOptions<StateOptions>>().Value.UsesRedis
                ? new RedisInteractionClaims(
                    provider.GetRequiredService<IConnectionMultiplexer>(),
                    provider.GetRequiredService<IOptions<StateOptions>>(),
                    provider.GetRequiredService<TimeProvider>(),
                    provider.GetService<ILogger<RedisInteractionClaims>>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisInteractionClaims>.Instance)
                : new InMemoryInteractionClaims(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IRunStoreHealth>(provider =>
            provider.GetRequiredService<IOptions<StateOptions>>().Value.UsesRedis
                ? new RedisRunStoreHealth(
                    provider.GetRequiredService<IConnectionMultiplexer>(),
                    provider.GetRequiredService<TimeProvider>(),
                    provider.GetService<ILogger<RedisRunStoreHealth>>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisRunStoreHealth>.Instance)
                : new InMemoryRunStoreHealth());
        services.AddHostedService<RunStoreHealthProbe>();
        services.TryAddSingleton<IRunRegistry>(provider =>
        {
            var limits = provider.GetRequiredService<IOptionsMonitor<LimitsOptions>>();
            var state = provider.GetRequiredService<IOptions<StateOptions>>();
            if (!state.Value.UsesRedis)
            {
                return new InMemoryRunRegistry(limits);
            }

            return new RedisRunRegistry(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                state,
                limits,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetService<ILogger<RedisRunRegistry>>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisRunRegistry>.Instance);
        });
        return services;
    }
}
