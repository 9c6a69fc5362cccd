using AsyncBot.Discord;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.HttpInteractions;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsyncBot.HttpInteractions;

/// <summary>Swaps the gateway's interaction intake for the signed HTTP endpoint.</summary>
internal static class HttpInteractionsServiceCollectionExtensions
{
    /// <summary>Whether <c>Discord:Interactions</c> asks for the HTTP endpoint instead of the gateway.</summary>
    public static bool UsesHttpInteractions(this IConfiguration configuration) =>
        string.Equals(configuration.GetSection(DiscordOptions.SectionName)[nameof(DiscordOptions.Interactions)]?.Trim(),
            nameof(InteractionDelivery.Http), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the endpoint (Kestrel at <c>Http:Urls</c>) and makes it the bot's <see cref="IInteractionSource"/>, its
    /// first-answer <see cref="IInteractionResponder"/> (REST for everything after) and its readiness
    /// (<see cref="IGatewayStatus"/>, which the health file and the command registrar read). Call it after the
    /// Discord client and the commands are added: it replaces their gateway-side registrations, and its server,
    /// added last, stops first.
    /// </summary>
    public static IServiceCollection AddHttpInteractions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpEndpointOptions>().Bind(configuration.GetSection(HttpEndpointOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpEndpointOptions>, HttpEndpointOptionsValidator>());

        // The options validator has already refused a missing or malformed key by the time anything resolves this.
        services.TryAddSingleton(static sp =>
            InteractionSignatureVerifier.TryCreate(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey, out var verifier, out var error)
                ? verifier!
                : throw new OptionsValidationException(DiscordOptions.SectionName, typeof(DiscordOptions), ["Discord:PublicKey " + error + "."]));

        services.TryAddSingleton<InteractionResponder>();
        services.TryAddSingleton<PendingExchanges>();
        services.TryAddSingleton<ReplayGuard>();
        services.TryAddSingleton<HttpInteractionSource>();
        services.TryAddSingleton<RestReadiness>();
        services.TryAddSingleton<InteractionEndpoint>();
        services.TryAddSingleton<InteractionsWebServer>();
        services.Replace(ServiceDescriptor.Singleton<IInteractionSource>(static sp => sp.GetRequiredService<HttpInteractionSource>()));
        services.Replace(ServiceDescriptor.Singleton<IInteractionResponder, HttpFirstResponder>());
        services.Replace(ServiceDescriptor.Singleton<IGatewayStatus>(static sp => sp.GetRequiredService<RestReadiness>()));
        services.AddHostedService(static sp => sp.GetRequiredService<RestReadiness>());
        services.AddHostedService(static sp => sp.GetRequiredService<InteractionsWebServer>());
        return services;
    }
}
