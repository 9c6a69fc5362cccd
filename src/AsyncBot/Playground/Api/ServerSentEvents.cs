using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AsyncBot.Playground.Api;

/// <summary>
/// Writes a <c>text/event-stream</c> response one event at a time, flushing each, so <c>curl -N</c> and a browser's
/// <c>EventSource</c> see it the moment it happens rather than when a buffer fills.
/// </summary>
internal sealed class ServerSentEvents
{
    private readonly HttpResponse _response;

    private ServerSentEvents(HttpResponse response) => _response = response;

    /// <summary>Sends the headers of an event stream and turns off response buffering.</summary>
    public static async Task<ServerSentEvents> StartAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx buffer responses unless told not to; a buffered stream would arrive all at the end.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken).ConfigureAwait(false);
        return new ServerSentEvents(response);
    }

    /// <summary>Writes one event (<paramref name="data"/> must be one line, as JSON is) and flushes it.</summary>
    public async Task WriteAsync(string name, string data, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(name.Length + data.Length + 16)
            .Append("event: ").Append(name).Append('\n')
            .Append("data: ").Append(data).Append("\n\n")
            .ToString();
        await _response.WriteAsync(text, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        await _response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
