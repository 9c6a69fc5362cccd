using AsyncBot.DiscordBot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AsyncBot.Cli;

/// <summary>Runs the Discord bot until SIGTERM or Ctrl+C (exit 0), or until a fatal gateway close (exit 1).</summary>
internal static class DiscordMode
{
    public static Task<int> RunAsync(HostApplicationBuilder builder, TextWriter stderr, CancellationToken cancellationToken)
    {
        builder.Services.AddAsyncBotDiscord(builder.Configuration);
        return HostRunner.RunAsync(builder, stderr, async host =>
        {
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return host.Services.GetRequiredService<ExitCodeHolder>().Code;
        }, cancellationToken);
    }
}
