using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Gateway;

/// <summary>Registers the gateway client.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="GatewayClient"/> as a singleton, also exposed as <see cref="IGatewayStatus"/> and
    /// <see cref="IInteractionSource"/>. Reads <see cref="DiscordOptions"/> (bind it yourself) and uses the
    /// registered <see cref="TimeProvider"/> (the system clock if none). Every registration is a TryAdd, so tests can
    /// replace any of them; register an <see cref="IIdentifyGate"/> first to pace Identify across processes. Something must call <see cref="GatewayClient.RunAsync"/>, e.g. a hosted service.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional tuning.</param>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, Action<GatewayOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DiscordOptions>();
        var options = services.AddOptions<GatewayOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>());

        // Header values never reach HttpClient's logs: the Authorization header carries the token. The User-Agent is
        // REST's (Discord:Rest:UserAgentUrl and UserAgentVersion), so both name the bot the same way.
        services.AddHttpClient(GatewayUrlSource.HttpClientName)
            .ConfigureHttpClient(static (provider, client) => client.DefaultRequestHeaders.TryAddWithoutValidation(
                "User-Agent", DiscordUserAgent.For(provider.GetRequiredService<IOptions<DiscordRestOptions>>().Value)))
            .RedactLoggedHeaders(static _ => true);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdentifyGate, InProcessIdentifyGate>();
        services.TryAddSingleton<GatewayClient>();
        services.TryAddSingleton<IGatewayStatus>(static sp => sp.GetRequiredService<GatewayClient>());
        services.TryAddSingleton<IInteractionSource>(static sp => sp.GetRequiredService<GatewayClient>());
        return services;
    }
}
