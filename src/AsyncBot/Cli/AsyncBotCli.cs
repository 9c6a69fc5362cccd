using System.CommandLine;

namespace AsyncBot.Cli;

/// <summary>
/// The command line: parses, turns every parse error into one line on stderr and exit code 2, and runs the chosen
/// mode. Output goes to the given writers so tests can run the real program in-process.
/// </summary>
public static class AsyncBotCli
{
    /// <summary>Runs the program with <paramref name="args"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        // The hosted modes read the clock their host registers; only healthcheck, which starts no host, uses this one.
        var root = CliCommands.Create(stdout, stderr, TimeProvider.System);
        // A URL or task list may start with '@' (e.g. "@everyone"); response-file expansion would read it as a path.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"asyncbot: {OneLine(parse.Errors[0].Message)} (see --help)").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
