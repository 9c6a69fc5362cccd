using System.Net;

namespace AsyncBot.Playground;

/// <summary>Reads <see cref="PlaygroundOptions.Urls"/> and tells loopback addresses from the rest.</summary>
internal static class PlaygroundUrls
{
    /// <summary>Splits the <c>;</c>-separated list, dropping blanks.</summary>
    public static IReadOnlyList<string> Split(string? urls) =>
        (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses one URL the way Kestrel accepts it; wildcards (<c>*</c>, <c>+</c>) are kept as hosts.</summary>
    public static bool TryParse(string url, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        // Kestrel's wildcards are not valid URI hosts; swap them for a name that parses and keep the original.
        var wildcard = url.Contains("://*", StringComparison.Ordinal) ? "*" : url.Contains("://+", StringComparison.Ordinal) ? "+" : null;
        var parsable = wildcard is null ? url : url.Replace("://" + wildcard, "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp
            || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        host = wildcard ?? uri.Host;
        port = uri.Port;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="host"/> is loopback only: <c>localhost</c>, <c>127.0.0.0/8</c> or <c>[::1]</c>.
    /// Wildcards, <c>0.0.0.0</c>, <c>[::]</c> and other names are not.
    /// </summary>
    public static bool IsLoopback(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address);
    }
}
