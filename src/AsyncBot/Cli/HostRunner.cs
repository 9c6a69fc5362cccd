using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AsyncBot.Cli;

/// <summary>
/// Starts a host for one command and turns configuration mistakes into one line on stderr instead of a stack
/// trace: a value that does not bind (<c>Race__MaxTasks=abc</c>) or one that fails validation names its key.
/// </summary>
internal static class HostRunner
{
    public static async Task<int> RunAsync(HostApplicationBuilder builder, TextWriter stderr, Func<IHost, Task<int>> body, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = builder.Build();

            // Validate before starting, so a bad value is reported once, by key, instead of as the host's
            // "failed to start" error with a stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or FormatException)
        {
            await stderr.WriteLineAsync($"asyncbot: configuration error: {Describe(ex)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        try
        {
            return await body(host).ConfigureAwait(false);
        }
        finally
        {
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await host.StopAsync(stopTimeout.Token).ConfigureAwait(false);
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                host.Dispose();
            }
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        _ when ex.InnerException is not null => $"{ex.Message} {ex.InnerException.Message}".ReplaceLineEndings(" "),
        _ => ex.Message.ReplaceLineEndings(" "),
    };
}
