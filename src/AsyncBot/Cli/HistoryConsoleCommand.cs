using System.CommandLine;
using System.Globalization;
using AsyncBot.History;
using AsyncBot.History.Storage;
using AsyncBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AsyncBot.Cli;

/// <summary>
/// <c>history [--json]</c>: the newest runs in the bot's run history (the same store the bot writes), for an
/// operator at the console. Console runs themselves are never recorded.
/// </summary>
internal static class HistoryConsoleCommand
{
    /// <summary>How many runs the console lists.</summary>
    public const int Count = 20;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object and nothing else on stdout." };
        var command = new Command("history", $"List the newest {Count} runs recorded by the bot (History:* settings).") { json };
        command.SetAction((parse, cancellationToken) =>
        {
            var builder = AsyncBotHost.CreateBuilder(consoleDemo: true);
            builder.Services.AddRunHistoryReader(builder.Configuration);
            return HostRunner.RunAsync(builder, stderr, host => RunAsync(host.Services, parse.GetValue(json), stdout, stderr, cancellationToken), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, bool json, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var history = services.GetRequiredService<IRunHistory>();
        if (!history.IsEnabled)
        {
            await stderr.WriteLineAsync("asyncbot: run history is switched off (History:Enabled=false)").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        IReadOnlyList<RunRecord> runs;
        try
        {
            // The bot creates the schema at start; a console pointed at a fresh store creates it here the same way.
            await services.GetRequiredService<IHistoryStore>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            runs = await history.LatestAsync(Count, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"asyncbot: run history is unavailable: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (json)
        {
            await stdout.WriteLineAsync(HistoryJsonWriter.ToJson(runs)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (runs.Count == 0)
        {
            await stdout.WriteLineAsync("No runs recorded yet.").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        foreach (var run in runs)
        {
            var where = run.GuildId is null ? "DM" : "server " + run.GuildId;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{run.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  user {run.UserId} ({where})  {HistoryText.Describe(run.Facts).Replace("`", string.Empty, StringComparison.Ordinal)}")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
