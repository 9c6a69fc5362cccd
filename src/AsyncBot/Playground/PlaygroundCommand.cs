using System.CommandLine;
using AsyncBot.Cli;
using Microsoft.Extensions.Hosting;

namespace AsyncBot.Playground;

/// <summary><c>playground</c>: starts the local Discord-like page and prints where it is.</summary>
internal static class PlaygroundCommand
{
    private const string ListenHint = "Choose another port with Playground:Urls (e.g. Playground__Urls=http://127.0.0.1:5081).";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("playground", "Open a local page that looks and behaves like a Discord channel, running /race and /fetch.");
        command.SetAction((parse, cancellationToken) =>
        {
            var builder = PlaygroundHost.CreateBuilder();
            return HostRunner.RunAsync(() => PlaygroundHost.Build(builder), stderr, async host =>
            {
                foreach (var address in PlaygroundHost.Addresses(host))
                {
                    await stdout.WriteLineAsync($"AsyncBot playground: {address}  (open it in a browser; Ctrl+C stops it)").ConfigureAwait(false);
                }

                await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }, cancellationToken, ListenHint);
        });
        return command;
    }
}
