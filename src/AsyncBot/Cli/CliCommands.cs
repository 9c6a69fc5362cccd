using System.CommandLine;
using AsyncBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace AsyncBot.Cli;

/// <summary>The console command tree, as docs/commands.md describes it.</summary>
internal static class CliCommands
{
    public static RootCommand Create(TextWriter stdout, TextWriter stderr, TimeProvider timeProvider)
    {
        var root = new RootCommand("AsyncBot: a Discord bot (and console demo) that makes async concurrency visible.");
        root.SetAction(async (parse, cancellationToken) =>
        {
            var builder = AsyncBotHost.CreateBuilder();
            if (string.IsNullOrWhiteSpace(builder.Configuration[AsyncBotConfiguration.TokenKey]))
            {
                await stdout.WriteLineAsync(WelcomeText.Text).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            return await DiscordMode.RunAsync(builder, stderr, cancellationToken).ConfigureAwait(false);
        });
        root.Subcommands.Add(RaceConsoleCommand.Create(stdout, stderr));
        root.Subcommands.Add(FetchConsoleCommand.Create(stdout, stderr));
        root.Subcommands.Add(HistoryConsoleCommand.Create(stdout, stderr));
        root.Subcommands.Add(HealthCheckCommand.Create(stdout, timeProvider));
        root.Subcommands.Add(Playground.PlaygroundCommand.Create(stdout, stderr));
        return root;
    }
}
