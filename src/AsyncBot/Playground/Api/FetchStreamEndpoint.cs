using System.Text.Json;
using AsyncBot.Core.Fetch;
using AsyncBot.Runs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Api;

/// <summary>
/// <c>GET /api/fetch?url=…&amp;url=…&amp;mode=concurrent</c>: the fetch lesson as Server-Sent Events — the plan, each
/// URL's start and ending as it happens, then <c>summary</c> (the console's <c>--json</c> object). Same limits and
/// SSRF rules as <c>/fetch</c>: a URL refusable without the network is a 400, one that needs DNS or a redirect to
/// refuse is an event, as there; the run stops when the client goes away.
/// </summary>
internal static class FetchStreamEndpoint
{
    public static async Task HandleAsync(HttpContext context, FetchEngine engine, IOptionsMonitor<FetchOptions> options, IRunRegistry registry)
    {
        var query = context.Request.Query;
        var fetchOptions = options.CurrentValue;
        string? error;
        FetchPlan? plan = null;
        if (!FetchModeNames.TryParse(query["mode"], out var mode))
        {
            error = FetchModeNames.UnknownModeMessage(query["mode"].ToString());
        }
        else
        {
            _ = FetchPlan.TryCreate([.. query["url"].Select(url => url ?? string.Empty)], mode, fetchOptions, out plan, out error);
        }

        if (plan is null)
        {
            await ApiReplies.BadRequestAsync(context, error!).ConfigureAwait(false);
            return;
        }

        if (await ApiAdmission.TryAdmitAsync(context, registry).ConfigureAwait(false) is not { } active)
        {
            return;
        }

        await using (active.ConfigureAwait(false))
        {
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, active.CancellationToken);
            var queue = new FetchEventQueue();
            var run = RunAsync(engine, plan, queue, cancellation.Token);
            try
            {
                // Writes stop only for the client leaving: a run cancelled by shutdown still sends its cancelled
                // lines and summary.
                await StreamAsync(context, plan, fetchOptions, queue, run, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                // The client went away mid-stream: the token cancels its fetches.
            }
            finally
            {
                await cancellation.CancelAsync().ConfigureAwait(false);
                await run.ConfigureAwait(false);
            }
        }
    }

    private static async Task<FetchResult> RunAsync(FetchEngine engine, FetchPlan plan, FetchEventQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.RunAsync(plan, queue, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            queue.Complete();
        }
    }

    private static async Task StreamAsync(HttpContext context, FetchPlan plan, FetchOptions options, FetchEventQueue queue, Task<FetchResult> run, CancellationToken cancellationToken)
    {
        var stream = await ServerSentEvents.StartAsync(context, cancellationToken).ConfigureAwait(false);
        var planText = FetchTextRenderer.RenderPlan(plan, options);
        await stream.WriteAsync("plan", JsonSerializer.Serialize(new StreamedPlan(planText), ApiJsonContext.Default.StreamedPlan), cancellationToken).ConfigureAwait(false);
        await foreach (var fetchEvent in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var data = new StreamedEvent(
                ApiReplies.Milliseconds(fetchEvent.Offset),
                KindName(fetchEvent.Kind),
                Task: null,
                fetchEvent.Url,
                FetchTextRenderer.RenderEvent(fetchEvent));
            await stream.WriteAsync(data.Kind, JsonSerializer.Serialize(data, ApiJsonContext.Default.StreamedEvent), cancellationToken).ConfigureAwait(false);
        }

        var result = await run.ConfigureAwait(false);
        await stream.WriteAsync("summary", FetchJsonWriter.ToJson(result), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The event's name on the stream.</summary>
    public static string KindName(FetchEventKind kind) => kind switch
    {
        FetchEventKind.Started => "fetch_started",
        FetchEventKind.Finished => "fetch_finished",
        FetchEventKind.Failed => "fetch_failed",
        FetchEventKind.Refused => "fetch_refused",
        _ => "fetch_cancelled",
    };
}
