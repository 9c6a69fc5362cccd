using System.CommandLine;
using AsyncBot.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground;

/// <summary><c>playground</c>: starts the local Discord-like page and prints where it is.</summary>
internal static class PlaygroundCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("playground", "Open a local page that looks and behaves like a Discord channel, running /race and /fetch.");
        command.SetAction((parse, cancellationToken) => RunAsync(stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        WebApplication? app = null;
        try
        {
            try
            {
                app = PlaygroundHost.Build(PlaygroundHost.CreateBuilder());

                // Validate before starting, so a bad value is reported once, by key, rather than as the host's
                // "failed to start" error with a stack trace.
                app.Services.GetService<IStartupValidator>()?.Validate();
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (Describe(ex) is { } reason)
            {
                await stderr.WriteLineAsync($"asyncbot: {reason}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            foreach (var address in PlaygroundHost.Addresses(app))
            {
                await stdout.WriteLineAsync($"AsyncBot playground: {address}  (open it in a browser; Ctrl+C stops it)").ConfigureAwait(false);
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>One line for the mistakes an operator can fix; null for anything else, which stays an exception.</summary>
    private static string? Describe(Exception ex) => ex switch
    {
        OptionsValidationException validation => "configuration error: " + string.Join(" ", validation.Failures),
        IOException io => $"cannot listen: {io.Message.ReplaceLineEndings(" ")} Choose another port with Playground:Urls (e.g. Playground__Urls=http://127.0.0.1:5081).",
        InvalidOperationException or FormatException => "configuration error: " + (ex.InnerException is null ? ex.Message : $"{ex.Message} {ex.InnerException.Message}").ReplaceLineEndings(" "),
        _ => null,
    };
}
