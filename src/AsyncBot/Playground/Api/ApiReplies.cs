using Microsoft.AspNetCore.Http;

namespace AsyncBot.Playground.Api;

/// <summary>The API's answers that are not a stream: one line of plain text, worded as the commands word it.</summary>
internal static class ApiReplies
{
    /// <summary>400 with the parser's one-line reason.</summary>
    public static Task BadRequestAsync(HttpContext context, string reason) =>
        TextAsync(context, StatusCodes.Status400BadRequest, reason.ReplaceLineEndings(" "));

    /// <summary>429 with the run limits' reason, as Discord users read it.</summary>
    public static Task BusyAsync(HttpContext context, string refusal) =>
        TextAsync(context, StatusCodes.Status429TooManyRequests, $"Not now: {refusal}.");

    /// <summary>Writes <paramref name="status"/> and one line of text.</summary>
    public static Task TextAsync(HttpContext context, int status, string line)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(line + "\n", context.RequestAborted);
    }

    /// <summary>Milliseconds to a tenth, as the JSON output writes times.</summary>
    public static double Milliseconds(TimeSpan span) => Math.Round(span.TotalMilliseconds, 1);
}
