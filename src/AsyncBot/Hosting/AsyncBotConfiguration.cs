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

    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";

    public static void AddAsyncBotSources(this IConfigurationBuilder configuration, string basePath, string environmentName)
    {
        var configDirectory = Path.Combine(basePath, "config");
        configuration.SetBasePath(configDirectory);
        configuration.AddJsonFile("appsettings.json", optional: false, reloadOnChange: false);
        configuration.AddJsonFile($"appsettings.{environmentName}.json", optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables();

        var token = Environment.GetEnvironmentVariable(TokenVariable);
        if (!string.IsNullOrWhiteSpace(token))
        {
            configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Discord:Token", token)]);
        }
    }
}
