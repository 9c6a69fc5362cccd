using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AsyncBot.Cli;

/// <summary>
/// Starts a host for one command and turns configuration mistakes into one line on stderr instead of a stack
/// trace: a value that does not bind (<c>Race__MaxTasks=abc</c>) or one that fails validation names its key. Every
/// mode runs through here: the console demos, the Discord bot and the playground.
/// </summary>
internal static class HostRunner
{
    public static Task<int> RunAsync(HostApplicationBuilder builder, TextWriter stderr, Func<IHost, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return RunAsync(builder.Build, stderr, body, cancellationToken);
    }

    /// <param name="build">Builds the host; what it throws for a bad value is reported like a failed start.</param>
    /// <param name="stderr">Where the one-line reason goes.</param>
    /// <param name="body">Runs once the host has started; its result is the exit code.</param>
    /// <param name="cancellationToken">Ctrl+C or SIGTERM.</param>
    /// <param name="listenHint">
    /// For a host that listens: a start failing with an <see cref="IOException"/> (a port in use) is reported in
    /// one line followed by this hint. Without it such a failure stays an exception.
    /// </param>
    public static async Task<int> RunAsync(
        Func<IHost> build, TextWriter stderr, Func<IHost, Task<int>> body, CancellationToken cancellationToken, string? listenHint = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(body);
        IHost? host = null;
        try
        {
            host = build();

            // Validate before starting, so a bad value is reported once, by key, instead of as the host's
            // "failed to start" error with a stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or FormatException)
        {
            await stderr.WriteLineAsync($"asyncbot: configuration error: {Describe(ex)}").ConfigureAwait(false);
            await DisposeAsync(host).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (IOException ex) when (listenHint is not null)
        {
            await stderr.WriteLineAsync($"asyncbot: cannot listen: {ex.Message.ReplaceLineEndings(" ")} {listenHint}").ConfigureAwait(false);
            await DisposeAsync(host).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        try
        {
            return await body(host).ConfigureAwait(false);
        }
        finally
        {
            var timeProvider = host.Services.GetService<TimeProvider>() ?? TimeProvider.System;
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), timeProvider);
            await host.StopAsync(stopTimeout.Token).ConfigureAwait(false);
            await DisposeAsync(host).ConfigureAwait(false);
        }
    }

    private static async ValueTask DisposeAsync(IHost? host)
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            host?.Dispose();
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        _ when ex.InnerException is not null => $"{ex.Message} {ex.InnerException.Message}".ReplaceLineEndings(" "),
        _ => ex.Message.ReplaceLineEndings(" "),
    };
}
