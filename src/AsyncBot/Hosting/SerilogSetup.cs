using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace AsyncBot.Hosting;

/// <summary>
/// Serilog from <c>Serilog:MinimumLevel</c> (Default and Override:*) in configuration, written to stderr so stdout
/// stays clean for demo output and <c>--json</c>. Read by hand rather than through Serilog.Settings.Configuration,
/// which binds by reflection and would break the Native AOT publish.
/// </summary>
internal static class SerilogSetup
{
    private const string OutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static IServiceCollection AddAsyncBotSerilog(this IServiceCollection services, IConfiguration configuration)
    {
        var logger = CreateLogger(configuration);
        return services.AddSerilog(logger, dispose: true);
    }

    public static Serilog.Core.Logger CreateLogger(IConfiguration configuration)
    {
        var section = configuration.GetSection("Serilog:MinimumLevel");
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(ParseLevel(section["Default"], LogEventLevel.Information))
            .Enrich.FromLogContext();
        foreach (var entry in section.GetSection("Override").GetChildren())
        {
            logger.MinimumLevel.Override(entry.Key, ParseLevel(entry.Value, LogEventLevel.Warning));
        }

        return logger
            .WriteTo.Console(outputTemplate: OutputTemplate, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
    }

    /// <summary>Parses a Serilog level name; a typo falls back rather than stopping the bot over logging.</summary>
    public static LogEventLevel ParseLevel(string? value, LogEventLevel fallback) =>
        Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level) ? level : fallback;
}
