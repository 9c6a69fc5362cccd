using System.Net;

namespace AsyncBot.Discord.Interactions;

/// <summary>
/// A Discord request that failed for good: a 4xx other than 429, or a retryable error after the retries ran out.
/// Carries Discord's JSON error code (10062, 40060, 50035 …) so callers can react to the specific case.
/// The message names the route template, never the URL, which can hold an interaction token.
/// </summary>
public sealed class DiscordRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordRequestException(HttpStatusCode status, int? code, string discordMessage, string route, Exception? inner = null)
        : base($"Discord answered {(int)status} {status} on {route}" + (code is null ? string.Empty : $": {code} {discordMessage}"), inner)
    {
        Status = status;
        Code = code;
        DiscordMessage = discordMessage;
        Route = route;
    }

    /// <summary>Creates an exception with no details (for serializers and analyzers).</summary>
    public DiscordRequestException() : this(HttpStatusCode.InternalServerError, null, string.Empty, string.Empty)
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DiscordRequestException(string message) : this(HttpStatusCode.InternalServerError, null, message, string.Empty)
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public DiscordRequestException(string message, Exception innerException)
        : this(HttpStatusCode.InternalServerError, null, message, string.Empty, innerException)
    {
    }

    /// <summary>HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code, when the body had one.</summary>
    public int? Code { get; }

    /// <summary>Discord's error message.</summary>
    public string DiscordMessage { get; }

    /// <summary>Route template, e.g. <c>POST /webhooks/:id/:token</c>.</summary>
    public string Route { get; }
}
