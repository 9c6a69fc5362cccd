using AsyncBot.Discord.Rest.RateLimits;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// One concrete request target: the method, the route template used for logs and rate-limit keys, and the relative
/// URL. The URL and major parameter can hold an interaction token, so they stay internal and <see cref="ToString"/>
/// shows only the template. Build instances with <see cref="DiscordRoutes"/>.
/// </summary>
public sealed class RestRoute
{
    internal RestRoute(HttpMethod method, string template, string relativeUrl, string majorParameter, RestRouteKind kind, string? secretToken = null)
    {
        Method = method;
        Template = template;
        RelativeUrl = relativeUrl;
        MajorParameter = majorParameter;
        Kind = kind;
        SecretToken = secretToken;
    }

    /// <summary>HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>Route template, e.g. <c>/webhooks/:id/:token</c>. Safe to log.</summary>
    public string Template { get; }

    /// <summary>Authentication and rate-limit rules of this route.</summary>
    public RestRouteKind Kind { get; }

    /// <summary>Path relative to <c>Discord:ApiBaseUrl</c> (no leading slash). Secret: may hold a token.</summary>
    internal string RelativeUrl { get; }

    /// <summary>The top-level resource the bucket is scoped to (guild id, or application id + token). Secret.</summary>
    internal string MajorParameter { get; }

    /// <summary>The interaction token in the path, for remembering dead tokens. Secret.</summary>
    internal string? SecretToken { get; }

    /// <summary>The rate-limit key of this request.</summary>
    internal RouteKey Key => new(Method.Method, Template, MajorParameter);

    /// <summary>Whether repeating the request cannot create a second resource (used for retries after 500).</summary>
    internal bool IsIdempotent => Method != HttpMethod.Post;

    /// <summary><c>METHOD template</c>, e.g. <c>POST /webhooks/:id/:token</c>; never the URL.</summary>
    public override string ToString() => Method.Method + " " + Template;
}
