using System.CommandLine;
using AsyncBot.Core;
using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using AsyncBot.Core.Rendering.Picture;
using AsyncBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsyncBot.Cli;

/// <summary>
/// <c>race [--tasks …] [--mode …] [--work …] [--count N --seconds S] [--json] [--png FILE]</c>: the tutorial's lesson in the console,
/// each event printed the moment it happens with its offset.
/// </summary>
internal static class RaceConsoleCommand
{
    /// <summary>Above this many tasks the console prints no per-task lines (they would only scroll by).</summary>
    private const int MaxTasksWithLines = 1000;

    /// <summary>The conventional exit code of a program stopped by Ctrl+C.</summary>
    private const int Interrupted = 130;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var tasks = new Option<string?>("--tasks") { Description = $"name:seconds pairs, space or comma separated (default \"{RacePlanParser.DefaultTasks}\")." };
        var mode = new Option<string>("--mode") { Description = "How to run the tasks.", DefaultValueFactory = _ => RaceModeNames.All[0] };
        mode.AcceptOnlyFromAmong([.. RaceModeNames.All]);
        var work = new Option<string>("--work") { Description = "What each task does.", DefaultValueFactory = _ => RaceWorkNames.All[0] };
        work.AcceptOnlyFromAmong([.. RaceWorkNames.All]);
        var count = new Option<int?>("--count") { Description = $"Make N tasks T1..TN (with --seconds), up to {RacePlan.MaxUniformTasks:N0}." };
        var seconds = new Option<double?>("--seconds") { Description = "Each task's seconds (with --count)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object and nothing else on stdout." };
        var png = new Option<string?>("--png") { Description = "Also draw the finished run as a PNG timeline into FILE.", HelpName = "FILE" };

        var command = new Command("race", "Race timed tasks concurrently or one after another, printing each start and finish as it happens.")
        {
            tasks, mode, work, count, seconds, json, png,
        };
        command.Validators.Add(result =>
        {
            var hasCount = result.GetValue(count) is not null;
            var hasSeconds = result.GetValue(seconds) is not null;
            if (hasCount != hasSeconds)
            {
                result.AddError("--count and --seconds go together, e.g. --count 100000 --seconds 1");
            }
            else if (hasCount && result.GetValue(tasks) is not null)
            {
                result.AddError("use either --tasks or --count/--seconds, not both");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new RaceRequest(parse.GetValue(tasks), parse.GetValue(mode)!, parse.GetValue(work)!, parse.GetValue(count), parse.GetValue(seconds), parse.GetValue(json), parse.GetValue(png));
            var builder = AsyncBotHost.CreateBuilder(consoleDemo: true);
            builder.Services.AddRaceEngine(builder.Configuration.GetSection(RaceOptions.SectionName));
            return HostRunner.RunAsync(builder, stderr, host => RunAsync(host.Services, request, stdout, stderr, cancellationToken), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, RaceRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!TryPlan(request, services.GetRequiredService<IOptions<RaceOptions>>().Value, out var plan, out var error))
        {
            await stderr.WriteLineAsync($"asyncbot: {error.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        var engine = services.GetRequiredService<RaceEngine>();
        if (request.Json)
        {
            var recorder = new RaceEventRecorder();
            var quiet = await engine.RunAsync(plan, recorder, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(RaceJsonWriter.ToJson(quiet, recorder.Events)).ConfigureAwait(false);
            if (request.Png is { } quietPath && !await WritePictureAsync(quiet, quietPath, stderr).ConfigureAwait(false))
            {
                return ExitCodes.Failure;
            }

            return quiet.Outcome == RaceOutcome.Cancelled ? Interrupted : ExitCodes.Success;
        }

        await stdout.WriteLineAsync(RaceLines.Plan(plan)).ConfigureAwait(false);
        if (plan.Count > MaxTasksWithLines)
        {
            await stdout.WriteLineAsync($"({plan.Count:N0} tasks: per-task lines are left out; the summary follows)").ConfigureAwait(false);
        }

        var result = await engine.RunAsync(plan, new ConsoleRacePrinter(stdout), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync(RaceSummary.Render(result)).ConfigureAwait(false);
        await stdout.WriteLineAsync(WithoutCodeFences(RaceTimeline.Render(result, int.MaxValue))).ConfigureAwait(false);
        if (request.Png is { } path)
        {
            if (!await WritePictureAsync(result, path, stderr).ConfigureAwait(false))
            {
                return ExitCodes.Failure;
            }

            await stdout.WriteLineAsync($"Timeline picture written to {path}").ConfigureAwait(false);
        }

        return result.Outcome == RaceOutcome.Cancelled ? Interrupted : ExitCodes.Success;
    }

    private static bool TryPlan(RaceRequest request, RaceOptions limits, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RacePlan? plan, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        if (request.Count is { } count)
        {
            // The operator's own console: scale runs are the point, so only the engine's own ceiling applies, not the
            // per-run limits that protect a Discord server from strangers.
            _ = RaceModeNames.TryParse(request.Mode, out var mode, out _);
            _ = RaceWorkNames.TryParse(request.Work, out var work, out _);
            return RacePlan.TryCreateUniform(count, request.Seconds!.Value, mode, work, limits.MaxSeconds, out plan, out error);
        }

        return RacePlanParser.TryParse(request.Tasks, request.Mode, request.Work, limits, out plan, out error);
    }

    /// <summary>The timeline comes fenced for Discord; a terminal shows the fences as noise.</summary>
    private static string WithoutCodeFences(string timeline) =>
        string.Join('\n', timeline.Split('\n').Where(line => !line.StartsWith("```", StringComparison.Ordinal)));

    /// <summary>
    /// Draws the run into <paramref name="path"/>. Not cancellable: it takes milliseconds, and a run stopped with
    /// Ctrl+C is worth a picture too.
    /// </summary>
    private static async Task<bool> WritePictureAsync(RaceResult result, string path, TextWriter stderr)
    {
        try
        {
            await File.WriteAllBytesAsync(path, RaceChart.RenderPng(result), CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or TypeLoadException or TypeInitializationException)
        {
            // A missing libSkiaSharp.so surfaces as a type initializer's failure; its inner exception names the library.
            var reason = (ex is TypeInitializationException { InnerException: { } inner } ? inner : ex).Message;
            await stderr.WriteLineAsync($"asyncbot: could not write the timeline picture to {path}: {reason.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return false;
        }
    }

    private sealed record RaceRequest(string? Tasks, string Mode, string Work, int? Count, double? Seconds, bool Json, string? Png);

    /// <summary>Prints each task event the moment it happens.</summary>
    private sealed class ConsoleRacePrinter(TextWriter stdout) : IRaceObserver
    {
        public bool WantsTaskEvents(int taskCount) => taskCount <= MaxTasksWithLines;

        public void OnEvent(in RaceEvent raceEvent)
        {
            if (raceEvent.Kind == RaceEventKind.LegStarted)
            {
                stdout.WriteLine();
                stdout.WriteLine(raceEvent.Mode == RaceMode.Sequential ? "Running one after another first:" : "Running concurrently now:");
            }

            if (RaceLines.LineWithOffset(in raceEvent) is { } line)
            {
                stdout.WriteLine(line);
            }
        }
    }
}
