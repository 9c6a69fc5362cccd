using System.CommandLine;
using AsyncBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace AsyncBot.Cli;

/// <summary>
/// <c>AsyncBot healthcheck</c>: what the container's HEALTHCHECK runs. Reads the status file the running bot
/// writes and exits 0 when the bot is ready for Discord, 1 otherwise, with one line saying why. A run store that
/// cannot be reached makes the line <c>degraded: …</c> and leaves the exit code at 0.
/// </summary>
internal static class HealthCheckCommand
{
    /// <param name="stdout">Where the verdict goes.</param>
    /// <param name="timeProvider">
    /// The clock the status file's age is judged by. This command starts no host, so the caller hands it over.
    /// </param>
    public static Command Create(TextWriter stdout, TimeProvider timeProvider)
    {
        var command = new Command("healthcheck", "Exit 0 when the running bot is ready for Discord: its gateway, or in HTTP mode its interactions endpoint (for Docker HEALTHCHECK).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = new ConfigurationBuilder();
            configuration.AddAsyncBotSources(AppContext.BaseDirectory, AsyncBotConfiguration.EnvironmentName);
            var options = new HealthOptions();
            configuration.Build().GetSection(HealthOptions.SectionName).Bind(options);
            return await CheckAsync(options, timeProvider, stdout, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Judges the status file named by <paramref name="options"/> at the clock's now; returns the exit code.</summary>
    internal static async Task<int> CheckAsync(HealthOptions options, TimeProvider timeProvider, TextWriter stdout, CancellationToken cancellationToken)
    {
        string? content = null;
        try
        {
            content = await File.ReadAllTextAsync(options.File, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No file yet: judged below as "no status".
        }

        var verdict = HealthStatus.Judge(content, timeProvider.GetUtcNow(), TimeSpan.FromSeconds(options.MaxAgeSeconds));
        await stdout.WriteLineAsync(verdict.Line).ConfigureAwait(false);
        return verdict.Healthy ? ExitCodes.Success : ExitCodes.Failure;
    }
}
