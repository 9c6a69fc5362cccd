namespace AsyncBot.Discord.Gateway;

/// <summary>Turns the URL from <c>GET /gateway/bot</c> or READY into the address to open.</summary>
internal static class GatewayUri
{
    /// <summary>
    /// Appends <c>?v=10&amp;encoding=json</c> (and a <c>/</c> path when there is none). No <c>compress</c>
    /// parameter: this client speaks uncompressed JSON. Accepts <c>ws://</c> for local fakes.
    /// </summary>
    /// <exception cref="FormatException">The URL is not a ws:// or wss:// address.</exception>
    public static Uri Build(Uri gatewayUrl)
    {
        ArgumentNullException.ThrowIfNull(gatewayUrl);
        if (!gatewayUrl.IsAbsoluteUri || (gatewayUrl.Scheme != "wss" && gatewayUrl.Scheme != "ws"))
        {
            throw new FormatException("The gateway URL must be an absolute ws:// or wss:// address");
        }

        var builder = new UriBuilder(gatewayUrl);
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        var kept = builder.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsParameter(p, "v") && !IsParameter(p, "encoding") && !IsParameter(p, "compress"));
        builder.Query = string.Join('&', kept.Append("v=10").Append("encoding=json"));
        return builder.Uri;
    }

    private static bool IsParameter(string pair, string name) =>
        pair.Equals(name, StringComparison.OrdinalIgnoreCase) || pair.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase);
}
