using AsyncBot.Core.Fetch;
using AsyncBot.Core.Race;
using AsyncBot.Playground.Web;
using AsyncBot.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Api;

/// <summary>Maps the streaming run API: <c>/api/race</c> and <c>/api/fetch</c>, each under the per-client limiter.</summary>
internal static class RunApiEndpoints
{
    /// <summary>The rate limiter policy both routes use.</summary>
    public const string PolicyName = "run-api";

    public static WebApplication MapRunApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.MapGet("/api/race", (HttpContext context, [FromServices] RaceEngine engine, [FromServices] IOptionsMonitor<RaceOptions> options, [FromServices] IRunRegistry registry) =>
            ForeignPageAsync(context) ?? RaceStreamEndpoint.HandleAsync(context, engine, options, registry))
            .RequireRateLimiting(PolicyName);
        app.MapGet("/api/fetch", (HttpContext context, [FromServices] FetchEngine engine, [FromServices] IOptionsMonitor<FetchOptions> options, [FromServices] IRunRegistry registry) =>
            ForeignPageAsync(context) ?? FetchStreamEndpoint.HandleAsync(context, engine, options, registry))
            .RequireRateLimiting(PolicyName);
        return app;
    }

    /// <summary>
    /// A 403 when a browser says another site's page is asking: without this, any page the user visits could start
    /// fetches in the bot's name. curl and other programs send no Origin and are let through.
    /// </summary>
    private static Task? ForeignPageAsync(HttpContext context) =>
        CrossSiteGuard.IsSameOrigin(context.Request)
            ? null
            : ApiReplies.TextAsync(context, StatusCodes.Status403Forbidden, "Requests from other sites' pages are not allowed.");
}
