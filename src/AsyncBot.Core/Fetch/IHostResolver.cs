using System.Net;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Turns a host name into addresses. A port so that tests decide what a name resolves to (and never send a DNS
/// query), and so that the early check and the connect-time check resolve through the same place.
/// </summary>
public interface IHostResolver
{
    /// <summary>Resolves <paramref name="host"/>; throws <see cref="System.Net.Sockets.SocketException"/> when the name does not exist.</summary>
    /// <param name="host">A DNS name (never an IP literal).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken = default);
}
