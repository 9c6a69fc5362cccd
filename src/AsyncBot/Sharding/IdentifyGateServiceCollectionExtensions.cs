using AsyncBot.Discord.Gateway;
using AsyncBot.Runs.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Sharding;

/// <summary>Registers how the gateway paces Identify: across processes through the store, or in this process.</summary>
internal static class IdentifyGateServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="IIdentifyGate"/>: <see cref="RedisIdentifyGate"/> when <c>State:Redis</c> is set (the
    /// store connection <see cref="RunStateServiceCollectionExtensions.AddRunState(IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>
    /// registers), <see cref="InProcessIdentifyGate"/> otherwise. Call before
    /// <see cref="GatewayServiceCollectionExtensions.AddDiscordGateway"/>, which otherwise registers the in-process one.
    /// </summary>
    public static IServiceCollection AddIdentifyGate(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdentifyGate>(provider =>
        {
            var state = provider.GetRequiredService<IOptions<StateOptions>>();
            var time = provider.GetRequiredService<TimeProvider>();
            if (!state.Value.UsesRedis)
            {
                return new InProcessIdentifyGate(time);
            }

            return new RedisIdentifyGate(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                state,
                time,
                provider.GetService<ILogger<RedisIdentifyGate>>() ?? NullLogger<RedisIdentifyGate>.Instance);
        });
        return services;
    }
}
