using Microsoft.AspNetCore.Http;

namespace AsyncBot.Playground.Web;

/// <summary>
/// Checks every request before it reaches the page: on a loopback-only playground the Host header must name
/// loopback too (so a web page elsewhere cannot reach it through DNS rebinding), a socket must come from the page's
/// own origin, and every response carries a strict Content-Security-Policy.
/// </summary>
internal static class CrossSiteGuard
{
    /// <summary>Whether <paramref name="request"/>'s Host is loopback, or any host when remote visitors are allowed.</summary>
    public static bool IsAllowedHost(HttpRequest request, bool allowRemote) =>
        allowRemote || (request.Host.HasValue && PlaygroundUrls.IsLoopback(request.Host.Host));

    /// <summary>
    /// Whether a socket's Origin is this page. Browsers always send it; a missing one means a program that is
    /// not a browser, which cannot be tricked into connecting by another site.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
               && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
               && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Adds the headers that keep the page from loading or framing anything but itself.</summary>
    public static void AddSecurityHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        // connect-src names the socket's origin explicitly: older browsers do not let 'self' cover ws:.
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + $"connect-src 'self' ws://{context.Request.Host.Value}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
