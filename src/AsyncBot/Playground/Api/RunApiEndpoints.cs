using AsyncBot.Core.Fetch;
using AsyncBot.Core.Race;
using AsyncBot.Playground.Web;
using AsyncBot.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Api;

/// <summary>Maps the streaming run API: <c>/api/race</c> and <c>/api/fetch</c>, each under the per-client limiter.</summary>
internal static class RunApiEndpoints
{
    /// <summary>The rate limiter policy both routes use.</summary>
    public const string PolicyName = "run-api";

    /// <param name="app">The playground's app, or the interactions endpoint's.</param>
    /// <param name="configuration">
    /// Where <c>Playground:AllowRemote</c> says whether callers on other machines are served. Read raw, not through
    /// the validated options: the playground reports a bad value at start, naming its key, not while mapping.
    /// </param>
    public static WebApplication MapRunApi(this WebApplication app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        var allowRemote = ReadAllowRemote(configuration);
        app.UseRateLimiter();
        app.MapGet("/api/race", (HttpContext context, [FromServices] RaceEngine engine, [FromServices] IOptionsMonitor<RaceOptions> options, [FromServices] IRunRegistry registry) =>
            RefusedAsync(context, allowRemote) ?? RaceStreamEndpoint.HandleAsync(context, engine, options, registry))
            .RequireRateLimiting(PolicyName);
        app.MapGet("/api/fetch", (HttpContext context, [FromServices] FetchEngine engine, [FromServices] IOptionsMonitor<FetchOptions> options, [FromServices] IRunRegistry registry) =>
            RefusedAsync(context, allowRemote) ?? FetchStreamEndpoint.HandleAsync(context, engine, options, registry))
            .RequireRateLimiting(PolicyName);
        return app;
    }

    /// <summary>
    /// <c>Playground:AllowRemote</c>: false when unset; a value that is not a boolean stops the start with a message
    /// naming the key, rather than quietly reading as false (closed, but not what the operator asked for).
    /// </summary>
    /// <exception cref="OptionsValidationException">The value is set but is neither true nor false.</exception>
    internal static bool ReadAllowRemote(IConfiguration configuration)
    {
        var raw = configuration.GetSection(PlaygroundOptions.SectionName)[nameof(PlaygroundOptions.AllowRemote)];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        return bool.TryParse(raw, out var allowed)
            ? allowed
            : throw new OptionsValidationException(PlaygroundOptions.SectionName, typeof(PlaygroundOptions),
                [$"Playground:AllowRemote must be true or false, not '{raw}'."]);
    }

    /// <summary>A 403 for a caller on another machine (unless allowed) or another site's page; else null.</summary>
    private static Task? RefusedAsync(HttpContext context, bool allowRemote) =>
        allowRemote || ApiClient.IsLocal(context.Connection.RemoteIpAddress)
            ? ForeignPageAsync(context)
            : ApiReplies.TextAsync(context, StatusCodes.Status403Forbidden,
                "The run API answers only on this machine; set Playground:AllowRemote=true to open it to others.");

    /// <summary>
    /// A 403 when a browser says another site's page is asking: without this, any page the user visits could start
    /// fetches in the bot's name. curl and other programs send no Origin and are let through.
    /// </summary>
    private static Task? ForeignPageAsync(HttpContext context) =>
        CrossSiteGuard.IsSameOrigin(context.Request)
            ? null
            : ApiReplies.TextAsync(context, StatusCodes.Status403Forbidden, "Requests from other sites' pages are not allowed.");
}
