using AsyncBot.Playground.Chat;
using AsyncBot.Playground.Web.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Web;

/// <summary>The playground's routes: the page, the command list, attachments and the socket.</summary>
internal static class PlaygroundEndpoints
{
    /// <summary>Adds the guards and maps every route.</summary>
    public static WebApplication MapPlayground(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<PlaygroundOptions>>().Value;
            if (!CrossSiteGuard.IsAllowedHost(context.Request, options.AllowRemote))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                return;
            }

            CrossSiteGuard.AddSecurityHeaders(context);
            await next(context).ConfigureAwait(false);
        });
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });

        app.MapGet("/", (HttpContext context, [FromServices] PlaygroundAssets assets) => assets.Serve(context, "index.html"));
        app.MapGet("/assets/{fileName}", (string fileName, HttpContext context, [FromServices] PlaygroundAssets assets) => assets.Serve(context, fileName));
        app.MapGet("/api/commands", ([FromServices] PlaygroundCommands commands) => TypedResults.Ok(CommandViews.From(commands)));
        app.MapGet(
            "/attachments/{messageId}/{key}/{fileName}",
            (string messageId, string key, string fileName, [FromServices] PlaygroundChannel channel) => AttachmentEndpoint.Serve(channel, messageId, key, fileName));
        app.Map("/ws", (HttpContext context, [FromServices] PlaygroundSocket socket) => socket.HandleAsync(context));
        return app;
    }
}
