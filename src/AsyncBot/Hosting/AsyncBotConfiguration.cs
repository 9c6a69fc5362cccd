using AsyncBot.Discord;
using Microsoft.Extensions.Configuration;

namespace AsyncBot.Hosting;

/// <summary>
/// Builds the configuration every mode reads: <c>config/appsettings.json</c> beside the binary, then
/// <c>config/appsettings.{Environment}.json</c>, then environment variables (<c>Race__MaxTasks</c>), then
/// <c>DISCORD_TOKEN</c>, which operators expect to work without the section prefix.
/// </summary>
internal static class AsyncBotConfiguration
{
    /// <summary>The environment variable most Discord bots read the token from.</summary>
    public const string TokenVariable = "DISCORD_TOKEN";

    /// <summary>The configuration key the token is read from (<c>Discord:Token</c>).</summary>
    public const string TokenKey = DiscordOptions.SectionName + ":" + nameof(DiscordOptions.Token);

    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";

    /// <param name="configuration">The builder to add the sources to.</param>
    /// <param name="basePath">The folder holding <c>config/</c>.</param>
    /// <param name="environmentName">Selects <c>appsettings.{Environment}.json</c>.</param>
    /// <param name="consoleDemo">
    /// True for the console demos: their output is the lesson, so routine log lines drop to warnings unless the
    /// environment asks for more (<c>Serilog__MinimumLevel__Default=Information</c>).
    /// </param>
    public static void AddAsyncBotSources(this IConfigurationBuilder configuration, string basePath, string environmentName, bool consoleDemo = false)
    {
        var configDirectory = Path.Combine(basePath, "config");
        configuration.SetBasePath(configDirectory);
        configuration.AddJsonFile("appsettings.json", optional: false, reloadOnChange: false);
        configuration.AddJsonFile($"appsettings.{environmentName}.json", optional: true, reloadOnChange: false);
        if (consoleDemo)
        {
            configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Serilog:MinimumLevel:Default", "Warning")]);
        }

        configuration.AddEnvironmentVariables();

        var token = Environment.GetEnvironmentVariable(TokenVariable);
        if (!string.IsNullOrWhiteSpace(token))
        {
            configuration.AddInMemoryCollection([new KeyValuePair<string, string?>(TokenKey, token)]);
        }
    }
}
