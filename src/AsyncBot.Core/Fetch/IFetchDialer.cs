using System.Net;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Opens the TCP connection to one address the policy has already allowed. A port so that tests can record every
/// connection attempt and refuse anything but loopback, making it impossible for a policy bug to reach a real network.
/// </summary>
public interface IFetchDialer
{
    /// <summary>Connects to <paramref name="endPoint"/> and returns the connected stream, which the caller owns.</summary>
    /// <param name="endPoint">An address that <see cref="AddressPolicy"/> allowed, and the URL's port.</param>
    /// <param name="cancellationToken">Cancels the connect (the per-URL timeout and the run's cancellation).</param>
    ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken = default);
}
