using System.Text.Json;
using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using AsyncBot.Runs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Api;

/// <summary>
/// <c>GET /api/race?tasks=A:2 B:3 C:1&amp;mode=gather&amp;work=delay</c>: the race as Server-Sent Events — the plan,
/// each start and finish the moment it happens, then <c>summary</c> (the console's <c>--json</c> object) — under
/// the same parser, limits and wording as <c>/race</c>. The run stops when the client goes away.
/// </summary>
internal static class RaceStreamEndpoint
{
    public static async Task HandleAsync(HttpContext context, RaceEngine engine, IOptionsMonitor<RaceOptions> options, IRunRegistry registry)
    {
        var query = context.Request.Query;
        if (!RacePlanParser.TryParse(query["tasks"], query["mode"], query["work"], options.CurrentValue, out var plan, out var error))
        {
            await ApiReplies.BadRequestAsync(context, error).ConfigureAwait(false);
            return;
        }

        if (await ApiAdmission.TryAdmitAsync(context, registry).ConfigureAwait(false) is not { } active)
        {
            return;
        }

        await using (active.ConfigureAwait(false))
        {
            // The client leaving, the bot shutting down: either one stops the run.
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, active.CancellationToken);
            var live = engine.Start(plan, cancellationToken: cancellation.Token);
            try
            {
                // Writes stop only for the client leaving: a run cancelled by shutdown still sends its cancelled
                // lines and summary.
                await StreamAsync(context, plan, live, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                // The client went away mid-stream: its run is cancelled through the token; nothing is left to tell.
            }
            finally
            {
                await cancellation.CancelAsync().ConfigureAwait(false);
                // Never faults; waiting keeps the run's slot taken until its tasks have really stopped.
                await live.Result.ConfigureAwait(false);
            }
        }
    }

    private static async Task StreamAsync(HttpContext context, RacePlan plan, LiveRace live, CancellationToken cancellationToken)
    {
        var stream = await ServerSentEvents.StartAsync(context, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync("plan", JsonSerializer.Serialize(new StreamedPlan(RaceLines.Plan(plan)), ApiJsonContext.Default.StreamedPlan), cancellationToken).ConfigureAwait(false);
        var events = new List<RaceEvent>();
        await foreach (var raceEvent in live.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            events.Add(raceEvent);
            if (RaceLines.Line(in raceEvent) is { } line)
            {
                var data = new StreamedEvent(ApiReplies.Milliseconds(raceEvent.Offset), KindName(raceEvent.Kind), raceEvent.TaskName, Url: null, line);
                await stream.WriteAsync(data.Kind, JsonSerializer.Serialize(data, ApiJsonContext.Default.StreamedEvent), cancellationToken).ConfigureAwait(false);
            }
        }

        var result = await live.Result.ConfigureAwait(false);
        await stream.WriteAsync("summary", RaceJsonWriter.ToJson(result, events), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The event's name on the stream: its kind in snake case.</summary>
    public static string KindName(RaceEventKind kind) => kind switch
    {
        RaceEventKind.RunStarted => "run_started",
        RaceEventKind.LegStarted => "leg_started",
        RaceEventKind.TaskStarted => "task_started",
        RaceEventKind.TaskFinished => "task_finished",
        RaceEventKind.TaskCancelled => "task_cancelled",
        RaceEventKind.TaskFailed => "task_failed",
        RaceEventKind.LegFinished => "leg_finished",
        RaceEventKind.RunFinished => "run_finished",
        RaceEventKind.RunCancelled => "run_cancelled",
        _ => "run_failed",
    };
}
