using System.Globalization;
using System.Text;
using AsyncBot.Core.Race;
using AsyncBot.Core.Rendering;
using Microsoft.AspNetCore.Http;

namespace AsyncBot.Bench.Discord.WebApi;

/// <summary>
/// The deliberately bad twin of <c>/api/race</c>, for the bench only: the same parser and the same stream, but the
/// wait is <see cref="Thread.Sleep(TimeSpan)"/> on the request's thread instead of an awaited timer. Every waiting
/// client holds a pool thread for the whole race, so a burst of clients waits for the pool to grow. Never in the product.
/// </summary>
internal static class BlockingRaceEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!RacePlanParser.TryParse(query["tasks"], query["mode"], query["work"], new RaceOptions(), out var plan, out var error))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(error + "\n");
            return;
        }

        context.Response.ContentType = "text/event-stream; charset=utf-8";
        await WriteAsync(context, "plan", $"{{\"line\":\"{RaceLines.Plan(plan)}\"}}");
        var started = DateTime.UtcNow;
        foreach (var task in plan.Tasks.OrderBy(task => task.Seconds))
        {
            // The mistake on purpose: a blocking sleep where an await belongs.
            var due = started + TimeSpan.FromSeconds(task.Seconds);
            var wait = due - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }

            await WriteAsync(context, "task_finished", $"{{\"task\":\"{task.Name}\"}}");
        }

        var elapsed = (DateTime.UtcNow - started).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
        await WriteAsync(context, "summary", $"{{\"elapsed_ms\":{elapsed}}}");
    }

    private static async Task WriteAsync(HttpContext context, string name, string data)
    {
        await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", Encoding.UTF8);
        await context.Response.Body.FlushAsync();
    }
}
