using System.Net;
using System.Net.Http;

namespace AsyncBot.Core.Fetch;

/// <summary>Builds the primary handler of the fetch HttpClient, with every setting that keeps strangers' URLs contained.</summary>
internal static class FetchHttpHandlerFactory
{
    public static SocketsHttpHandler Create(IHostResolver resolver, IFetchDialer dialer, FetchOptions options)
    {
        var guard = new DestinationGuard(resolver, options.AllowPrivateNetworks);
        return new SocketsHttpHandler
        {
            // The engine follows redirects itself so that every hop is checked again.
            AllowAutoRedirect = false,
            UseCookies = false,
            Credentials = null,
            PreAuthenticate = false,
            // A proxy would make the connect-time check see the proxy's address instead of the destination's.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            // Disposing a truncated keep-alive response must close the connection, not quietly read up to 1 MB
            // more of it to reuse the connection.
            MaxResponseDrainSize = 0,
            ConnectCallback = (context, cancellationToken) => guard.ConnectAsync(context.DnsEndPoint, dialer, cancellationToken),
        };
    }
}
