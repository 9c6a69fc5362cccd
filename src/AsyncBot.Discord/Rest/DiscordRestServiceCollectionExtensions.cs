using System.Net;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Rest;

/// <summary>Registers the REST half of the Discord client.</summary>
public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>Connections to one Discord host at most.</summary>
    internal const int MaxConnectionsPerServer = 128;

    /// <summary>
    /// Adds <see cref="DiscordRestClient"/>, <see cref="IInteractionResponder"/> and <see cref="IApplicationCommandClient"/>,
    /// a named <see cref="HttpClient"/> whose base address is <c>Discord:ApiBaseUrl</c> and whose User-Agent is
    /// <c>DiscordBot (url, version)</c>, and <see cref="TimeProvider.System"/> unless one is registered. Uses TryAdd
    /// throughout, so tests can replace any piece. <see cref="DiscordOptions"/> is bound by the host.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, Action<DiscordRestOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DiscordOptions>();
        var options = services.AddOptions<DiscordRestOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordRestOptions>, DiscordRestOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var discord = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                var rest = provider.GetRequiredService<IOptions<DiscordRestOptions>>().Value;
                client.BaseAddress = WithTrailingSlash(discord.ApiBaseUrl);
                client.Timeout = rest.RequestTimeout;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordUserAgent.For(rest));
            })

            // Discord's API never redirects and sets no cookies we use: both handler layers cost on every request.
            // One long-lived handler keeps its connections (the factory's 2-minute rotation would reopen all of
            // them under load); the pool recycles each connection after a while instead, so DNS changes are seen.
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),

                // Unbounded, a burst of a thousand runs opens a connection per concurrent request (each with its own
                // buffers, and a TLS handshake against Discord); a bounded pool keeps them moving, a few queued.
                MaxConnectionsPerServer = MaxConnectionsPerServer,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // The factory's default handlers log each request URI, and webhook URIs hold interaction tokens.
            .RemoveAllLoggers();

        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<IInteractionResponder, InteractionResponder>();
        services.TryAddSingleton<IApplicationCommandClient, ApplicationCommandClient>();
        return services;
    }

    // Relative routes resolve against the last segment otherwise: ".../api/v10" + "webhooks/x" would drop "v10".
    internal static Uri WithTrailingSlash(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var text = baseUrl.ToString();
        return text.EndsWith('/') ? baseUrl : new Uri(text + "/");
    }
}
