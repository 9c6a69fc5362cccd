using System.CommandLine;
using AsyncBot.Core;
using AsyncBot.Core.Fetch;
using AsyncBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsyncBot.Cli;

/// <summary><c>fetch [--url U]… [--mode concurrent|sequential|compare] [--json]</c>: the tutorial's HTTP lesson.</summary>
internal static class FetchConsoleCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string[]>("--url") { Description = "A URL to fetch (repeat for more); default: the tutorial's five.", AllowMultipleArgumentsPerToken = false };
        var mode = new Option<string>("--mode") { Description = "How to fetch.", DefaultValueFactory = _ => FetchModeNames.All[0] };
        mode.AcceptOnlyFromAmong([.. FetchModeNames.All]);
        var json = new Option<bool>("--json") { Description = "Print one JSON object and nothing else on stdout." };

        var command = new Command("fetch", "Fetch URLs one by one or concurrently, printing each response as it arrives.") { urls, mode, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var builder = AsyncBotHost.CreateBuilder(consoleDemo: true);
            builder.Services.AddFetchEngine(builder.Configuration.GetSection(FetchOptions.SectionName));
            return HostRunner.RunAsync(builder, stderr, host => RunAsync(host.Services, parse.GetValue(urls), parse.GetValue(mode)!, parse.GetValue(json), stdout, stderr, cancellationToken), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string[]? urls, string modeName, bool json, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<FetchOptions>>().Value;
        // System.CommandLine already limited --mode to the known names.
        _ = FetchModeNames.TryParse(modeName, out var mode);
        if (!FetchPlan.TryCreate(urls is { Length: > 0 } ? urls : null, mode, options, out var plan, out var error))
        {
            await stderr.WriteLineAsync($"asyncbot: {error}").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        var engine = services.GetRequiredService<FetchEngine>();
        if (json)
        {
            var quiet = await engine.RunAsync(plan!, observer: null, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(FetchJsonWriter.ToJson(quiet)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await stdout.WriteLineAsync(FetchTextRenderer.RenderPlan(plan!, options)).ConfigureAwait(false);
        var printer = new ConsoleFetchPrinter(stdout, plan!.Mode == FetchMode.Compare);
        var result = await engine.RunAsync(plan, printer, cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync(FetchTextRenderer.RenderSummary(result)).ConfigureAwait(false);
        if (FetchTextRenderer.RenderNoNetworkHint(plan, result) is { } hint)
        {
            await stdout.WriteLineAsync(hint).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>Prints each event the moment it happens, with the tutorial's leg headings in compare mode.</summary>
    private sealed class ConsoleFetchPrinter(TextWriter stdout, bool headings) : IFetchObserver
    {
        private FetchMode? _leg;

        public void OnEvent(FetchEvent fetchEvent)
        {
            if (headings && _leg != fetchEvent.Leg)
            {
                _leg = fetchEvent.Leg;
                stdout.WriteLine();
                stdout.WriteLine(FetchTextRenderer.RenderLegHeading(fetchEvent.Leg));
            }

            stdout.WriteLine(OffsetLine.Format(fetchEvent.Offset, FetchTextRenderer.RenderEvent(fetchEvent)));
        }
    }
}
