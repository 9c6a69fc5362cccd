using AsyncBot.Core.Race;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Core;

/// <summary>Registers the race engine and its options.</summary>
public static class RaceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="RaceEngine"/>, <see cref="RaceOptions"/> bound from <paramref name="section"/> (the
    /// <c>Race</c> section; defaults when null) and validated at start, and <see cref="TimeProvider.System"/>
    /// unless a clock is already registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The <c>Race</c> configuration section, e.g. <c>configuration.GetSection(RaceOptions.SectionName)</c>.</param>
    public static IServiceCollection AddRaceEngine(this IServiceCollection services, IConfiguration? section = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RaceOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }

        return services.AddRaceEngineCore(options);
    }

    /// <summary>Like <see cref="AddRaceEngine(IServiceCollection, IConfiguration?)"/>, configuring the options in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    public static IServiceCollection AddRaceEngine(this IServiceCollection services, Action<RaceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddRaceEngineCore(services.AddOptions<RaceOptions>().Configure(configure));
    }

    private static IServiceCollection AddRaceEngineCore(this IServiceCollection services, OptionsBuilder<RaceOptions> options)
    {
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RaceOptions>, RaceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RaceEngine>();
        return services;
    }
}
