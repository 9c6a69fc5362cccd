using AsyncBot.History.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsyncBot.History;

/// <summary>Registers run history: the store its provider names, the queue, and the background writer.</summary>
internal static class HistoryServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IRunHistory"/> with <see cref="HistoryOptions"/> bound from <paramref name="configuration"/>'s
    /// <c>History</c> section and validated at start. Call before <c>AddAsyncBotCommands</c>, which otherwise
    /// registers a history that keeps nothing; being registered earlier, the writer stops after the dispatcher and
    /// so still writes the runs that ended during shutdown.
    /// </summary>
    public static IServiceCollection AddRunHistory(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HistoryOptions>().Bind(configuration.GetSection(HistoryOptions.SectionName));
        return services.AddRunHistoryCore();
    }

    /// <summary>Like <see cref="AddRunHistory(IServiceCollection, IConfiguration)"/>, with options set in code.</summary>
    public static IServiceCollection AddRunHistory(this IServiceCollection services, Action<HistoryOptions> configure)
    {
        services.AddOptions<HistoryOptions>().Configure(configure);
        return services.AddRunHistoryCore();
    }

    /// <summary>The history without its writer, for readers such as the console's <c>history</c> command.</summary>
    public static IServiceCollection AddRunHistoryReader(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HistoryOptions>().Bind(configuration.GetSection(HistoryOptions.SectionName));
        return services.AddRunHistoryShared();
    }

    private static IServiceCollection AddRunHistoryCore(this IServiceCollection services)
    {
        services.AddRunHistoryShared();

        // A disabled history opens no database at all: no writer, nothing migrated.
        services.AddSingleton<IHostedService>(provider =>
        {
            if (!provider.GetRequiredService<IOptions<HistoryOptions>>().Value.Enabled)
            {
                return new IdleService();
            }

            return new RunHistoryWriter(
                provider.GetRequiredService<HistoryQueue>(),
                provider.GetRequiredService<IHistoryStore>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<IOptions<HistoryOptions>>(),
                provider.GetRequiredService<ILogger<RunHistoryWriter>>());
        });
        return services;
    }

    private static IServiceCollection AddRunHistoryShared(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<HistoryOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HistoryOptions>, HistoryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHistoryStore>(provider => CreateStore(provider.GetRequiredService<IOptions<HistoryOptions>>().Value));
        services.TryAddSingleton<HistoryQueue>();
        services.TryAddSingleton<IRunHistory>(provider => provider.GetRequiredService<IOptions<HistoryOptions>>().Value.Enabled
            ? new RunHistory(provider.GetRequiredService<HistoryQueue>(), provider.GetRequiredService<IHistoryStore>(), provider.GetRequiredService<TimeProvider>())
            : new DisabledRunHistory());
        return services;
    }

    /// <summary>The store the options name; the validator has already refused any other provider.</summary>
    internal static IHistoryStore CreateStore(HistoryOptions options)
    {
        _ = HistoryOptionsValidator.TryParseProvider(options.Provider, out var provider);
        return provider == HistoryProvider.Postgres
            ? new PostgresHistoryStore(options.ConnectionString)
            : new SqliteHistoryStore(options.ConnectionString);
    }

    /// <summary>Stands in for the writer when history is off.</summary>
    private sealed class IdleService : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
