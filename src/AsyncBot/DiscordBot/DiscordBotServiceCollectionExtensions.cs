using AsyncBot.Commands;
using AsyncBot.Core;
using AsyncBot.Core.Fetch;
using AsyncBot.Core.Race;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Rest;
using AsyncBot.History;
using AsyncBot.Hosting;
using AsyncBot.HttpInteractions;
using AsyncBot.Runs.Redis;
using AsyncBot.Sharding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AsyncBot.DiscordBot;

/// <summary>Composes the Discord bot: the protocol client, the engines, the command handlers and the health file.</summary>
internal static class DiscordBotServiceCollectionExtensions
{
    public static IServiceCollection AddAsyncBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.SectionName));
        services.AddRaceEngine(configuration.GetSection(RaceOptions.SectionName));
        services.AddFetchEngine(configuration.GetSection(FetchOptions.SectionName));
        services.AddDiscordRest();

        // Before the gateway, which otherwise paces Identify for this process alone.
        services.AddIdentifyGate();
        services.AddDiscordGateway();
        services.TryAddSingleton<ExitCodeHolder>();

        // Hosted services stop in reverse order: the dispatcher first (runs say goodbye while REST still works),
        // then the health file, the registrar, and the gateway last, closing with 1000.
        var http = configuration.UsesHttpInteractions();
        if (!http)
        {
            services.AddHostedService<GatewayService>();
        }

        services.AddHostedService<CommandRegistrar>();
        services.AddHostedService<HealthReporter>();

        // Before the commands: their dispatcher stops first, then the history writer stores the last runs.
        services.AddRunHistory(configuration);

        // Before the commands, whose run pipeline otherwise keeps run state in memory.
        services.AddRunState(configuration);
        services.AddAsyncBotCommands();
        if (http)
        {
            // Interactions arrive as signed POSTs instead: no gateway connection at all.
            services.AddHttpInteractions(configuration);
        }

        return services;
    }
}
