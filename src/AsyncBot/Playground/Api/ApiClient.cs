using System.Net;
using Microsoft.AspNetCore.Http;

namespace AsyncBot.Playground.Api;

/// <summary>
/// Who is calling the API: its address. Used both for the rate limiter's partitions and as the run owner, so one
/// client's streams count against one budget however many connections it opens.
/// </summary>
internal static class ApiClient
{
    /// <summary>The client's key, e.g. <c>api:127.0.0.1</c> (IPv4-mapped IPv6 folded to IPv4).</summary>
    public static string Key(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "api:unknown";
        }

        return "api:" + (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    /// <summary>
    /// Whether the caller is on this machine. The playground binds loopback unless told otherwise, but the
    /// interactions endpoint's host listens on every interface (Discord must reach it), so there the API checks the
    /// caller itself. No address (an in-process test server) counts as local.
    /// </summary>
    public static bool IsLocal(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
