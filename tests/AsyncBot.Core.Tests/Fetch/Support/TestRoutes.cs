using System.Globalization;

namespace AsyncBot.Core.Tests.Fetch.Support;

/// <summary>The endpoints the engine tests fetch from a <see cref="LoopbackHttpServer"/>.</summary>
internal static class TestRoutes
{
    /// <summary>
    /// <c>/ok</c> 200 "hello"; <c>/status?code=N</c>; <c>/slow?ms=N</c> 200 after N ms; <c>/hang</c> never answers;
    /// <c>/redirect?to=URL&amp;code=N</c>; <c>/chain?n=N</c> redirects N more times, then 200;
    /// <c>/bytes?n=N</c> exactly N bytes (with Content-Length unless <c>&amp;chunked=1</c>, then close-delimited);
    /// <c>/endless</c> up to 100 MB without a length, counting what it manages to write.
    /// </summary>
    public static async Task HandleAsync(LoopbackExchange exchange)
    {
        var request = exchange.Request;
        switch (request.Path)
        {
            case "/ok":
                await exchange.RespondAsync(200, "OK", "hello");
                break;
            case "/status":
                var code = Number(request, "code", 200);
                await exchange.RespondAsync((int)code, code == 404 ? "Not Found" : "Internal Server Error", "oops");
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromMilliseconds(Number(request, "ms", 1000)), exchange.Stopping);
                await exchange.RespondAsync(200, "OK", "slow hello");
                break;
            case "/hang":
                await exchange.WaitForClientCloseAsync();
                break;
            case "/redirect":
                await exchange.RespondAsync((int)Number(request, "code", 302), "Found", string.Empty, ("Location", request.Query("to")!));
                break;
            case "/chain":
                var left = Number(request, "n", 0);
                await (left > 0
                    ? exchange.RespondAsync(302, "Found", string.Empty, ("Location", $"/chain?n={left - 1}"), ("Set-Cookie", "session=secret"))
                    : exchange.RespondAsync(200, "OK", "end of chain"));
                break;
            case "/bytes":
                await WriteBytesAsync(exchange, Number(request, "n", 0), declareLength: request.Query("chunked") is null);
                break;
            case "/endless":
                await WriteBytesAsync(exchange, 100L * 1024 * 1024, declareLength: false);
                break;
            default:
                await exchange.RespondAsync(404, "Not Found", "no such route");
                break;
        }
    }

    private static async Task WriteBytesAsync(LoopbackExchange exchange, long total, bool declareLength)
    {
        await exchange.WriteHeadAsync(200, "OK", declareLength ? total : null, ("Content-Type", "application/octet-stream"));
        var chunk = new byte[8192];
        for (long written = 0; written < total; written += chunk.Length)
        {
            await exchange.WriteBodyAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, total - written)));
        }
    }

    private static long Number(LoopbackRequest request, string name, long fallback) =>
        request.Query(name) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
