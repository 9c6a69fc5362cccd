using AsyncBot.Commands;
using AsyncBot.Discord.Interactions;
using AsyncBot.Playground.Chat;
using AsyncBot.Playground.Interactions;
using AsyncBot.Playground.Web;
using AsyncBot.Playground.Web.Views;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground;

/// <summary>Registers the playground: its options, channel and the in-process pair of interaction ports.</summary>
public static class PlaygroundServiceCollectionExtensions
{
    /// <summary>
    /// Adds the playground's <see cref="IInteractionSource"/> and <see cref="IInteractionResponder"/> (in place of the
    /// Discord client's), its channel and web services, and <see cref="PlaygroundOptions"/> bound from
    /// <paramref name="section"/> and validated at start. Call <see cref="CommandsServiceCollectionExtensions.AddAsyncBotCommands"/>
    /// too: the handlers and dispatcher are the same as in Discord.
    /// </summary>
    public static IServiceCollection AddPlayground(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<PlaygroundOptions>().Bind(section);
        return services.AddPlaygroundCore();
    }

    /// <summary>Like <see cref="AddPlayground(IServiceCollection, IConfiguration)"/>, with options set in code.</summary>
    public static IServiceCollection AddPlayground(this IServiceCollection services, Action<PlaygroundOptions> configure)
    {
        services.AddOptions<PlaygroundOptions>().Configure(configure);
        return services.AddPlaygroundCore();
    }

    private static IServiceCollection AddPlaygroundCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PlaygroundOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlaygroundOptions>, PlaygroundOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new PlaygroundCommands(CommandDefinitions.All));
        services.TryAddSingleton<Snowflakes>();
        services.TryAddSingleton<PlaygroundChannel>();
        services.TryAddSingleton<InteractionTokens>();
        services.TryAddSingleton<PlaygroundInteractionSource>();
        services.TryAddSingleton<IInteractionSource>(provider => provider.GetRequiredService<PlaygroundInteractionSource>());
        services.TryAddSingleton<PlaygroundResponder>();
        services.TryAddSingleton<IInteractionResponder>(provider => provider.GetRequiredService<PlaygroundResponder>());
        services.TryAddSingleton<InteractionIssuer>();
        services.TryAddSingleton<PlaygroundSocket>();
        services.TryAddSingleton<PlaygroundAssets>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, PlaygroundJsonContext.Default));
        return services;
    }
}
