using System.Net;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// The pure checks on a URL that need no network: scheme, user info, length, and — unless private networks are
/// allowed — hosts that are loopback names or non-public IP literals in any spelling. Applied to every URL the user
/// gives and to every redirect target.
/// </summary>
public static class UrlPolicy
{
    /// <summary>Longest URL accepted, in characters; longer ones are refused rather than truncated.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Checks a URL as the user typed it.</summary>
    public static UrlCheck Check(string url, bool allowPrivateNetworks)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length > MaxUrlLength)
        {
            return UrlCheck.Refuse($"the URL is longer than {MaxUrlLength} characters");
        }

        var text = url.Trim();
        // On Unix, Uri reads "/posts/1" as an implicit file path; a person typed a relative URL, not a file: URL.
        var implicitFile = text.StartsWith('/') || text.StartsWith('\\');
        return !implicitFile && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? Check(uri, allowPrivateNetworks)
            : UrlCheck.Refuse("not an absolute http:// or https:// URL");
    }

    /// <summary>Checks a parsed URL, such as a redirect target resolved against the previous hop.</summary>
    public static UrlCheck Check(Uri uri, bool allowPrivateNetworks)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            var scheme = uri.IsAbsoluteUri ? uri.Scheme : "relative";
            return UrlCheck.Refuse($"the scheme '{scheme}' is not allowed (use http or https)");
        }

        if (uri.AbsoluteUri.Length > MaxUrlLength)
        {
            return UrlCheck.Refuse($"the URL is longer than {MaxUrlLength} characters");
        }

        if (uri.UserInfo.Length > 0)
        {
            return UrlCheck.Refuse("URLs with a user name or password are not allowed");
        }

        var host = NormalizeHost(uri.IdnHost);
        if (host.Length == 0)
        {
            return UrlCheck.Refuse("the URL has no host");
        }

        var literal = IPAddress.TryParse(host, out var address) ? address : null;
        if (allowPrivateNetworks)
        {
            return new UrlCheck(uri, host, literal, null);
        }

        if (literal is not null && !AddressPolicy.IsAllowed(literal, allowPrivateNetworks: false))
        {
            var described = AddressPolicy.Describe(AddressPolicy.Classify(literal));
            return UrlCheck.Refuse($"{literal} is {described}", host);
        }

        return IsLocalhostName(host)
            ? UrlCheck.Refuse($"'{host}' is a loopback name", host)
            : new UrlCheck(uri, host, literal, null);
    }

    /// <summary>Whether <paramref name="host"/> is <c>localhost</c> or a name under it, which resolvers answer locally.</summary>
    public static bool IsLocalhostName(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = NormalizeHost(host);
        return name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal);
    }

    /// <summary>
    /// Lower case, no IPv6 brackets, no trailing dots: <c>127.0.0.1.</c> and <c>LOCALHOST.</c> are the same
    /// destinations as without the dot, and resolvers treat them so.
    /// </summary>
    internal static string NormalizeHost(string host) =>
        host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
