using Microsoft.Extensions.Hosting;

namespace AsyncBot.Cli;

/// <summary>Runs the Discord bot until SIGTERM or Ctrl+C.</summary>
internal static class DiscordMode
{
    public static Task<int> RunAsync(HostApplicationBuilder builder, TextWriter stderr, CancellationToken cancellationToken) =>
        HostRunner.RunAsync(builder, stderr, async host =>
        {
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken);
}
