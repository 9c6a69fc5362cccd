using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace AsyncBot.Core.Fetch;

/// <summary>The verdict on one URL before any I/O: either a parsed target or the reason it is refused.</summary>
/// <param name="Uri">The parsed URL when allowed so far.</param>
/// <param name="Host">The host as it will be looked up: IDN-encoded, lower case, without brackets or trailing dots.</param>
/// <param name="Literal">The IP address when the host is an IP literal in any spelling (<c>127.1</c>, <c>0x7f.0.0.1</c>, …).</param>
/// <param name="Refusal">Why the URL is refused, or null.</param>
public sealed record UrlCheck(Uri? Uri, string Host, IPAddress? Literal, string? Refusal)
{
    /// <summary>Whether the URL passed every check that needs no DNS.</summary>
    [MemberNotNullWhen(true, nameof(Uri))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAllowed => Refusal is null;

    internal static UrlCheck Refuse(string reason, string host = "") => new(null, host, null, reason);
}
