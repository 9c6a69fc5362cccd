using AsyncBot.Discord;
using AsyncBot.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AsyncBot.Hosting;

/// <summary>The generic host every mode starts from: configuration, Serilog and validated options.</summary>
internal static class AsyncBotHost
{
    /// <summary>
    /// Creates a builder without the framework's default sources, because ours differ: configuration lives in
    /// <c>config/</c> beside the binary and command-line arguments belong to System.CommandLine, not to configuration.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(bool consoleDemo = false, string? basePath = null)
    {
        basePath ??= AppContext.BaseDirectory;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = basePath,
            EnvironmentName = AsyncBotConfiguration.EnvironmentName,
        });
        builder.AddAsyncBotBasics(basePath, consoleDemo);
        return builder;
    }

    /// <summary>
    /// What every mode shares, on a builder started without the framework's defaults (the generic host here, the
    /// playground's web host): our configuration sources, Serilog, the host's validated options and the clock.
    /// </summary>
    /// <param name="builder">The builder; sources it already has stay in front of ours, so ours override them.</param>
    /// <param name="basePath">The folder holding <c>config/</c>.</param>
    /// <param name="consoleDemo">True for the console demos (see <see cref="AsyncBotConfiguration.AddAsyncBotSources"/>).</param>
    public static void AddAsyncBotBasics(this IHostApplicationBuilder builder, string basePath, bool consoleDemo = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddAsyncBotSources(basePath, builder.Environment.EnvironmentName, consoleDemo);
        builder.Services.AddAsyncBotSerilog(builder.Configuration);
        builder.Services.AddAsyncBotOptions(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
    }

    /// <summary>Binds and validates the sections the host itself owns (Race and Fetch register with their engines).</summary>
    public static IServiceCollection AddAsyncBotOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>());
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        return services;
    }
}
