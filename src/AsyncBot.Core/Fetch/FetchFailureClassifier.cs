using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace AsyncBot.Core.Fetch;

/// <summary>Turns the exception of a failed fetch into a failure kind and a short reason a person can read.</summary>
internal static class FetchFailureClassifier
{
    public static (FetchFailureKind Kind, string Reason) Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DestinationRefusedException refused:
                    return (FetchFailureKind.Refused, refused.Message);
                case FetchRedirectException redirect:
                    return (FetchFailureKind.Redirect, redirect.Message);
                case AuthenticationException tls:
                    return (FetchFailureKind.Tls, $"TLS handshake failed ({tls.Message})");
                case SocketException socket:
                    return FromSocket(socket);
            }
        }

        if (exception is HttpRequestException http)
        {
            return http.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => (FetchFailureKind.Dns, "DNS lookup failed"),
                HttpRequestError.SecureConnectionError => (FetchFailureKind.Tls, "TLS handshake failed"),
                HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse
                    or HttpRequestError.ConfigurationLimitExceeded => (FetchFailureKind.Protocol, $"invalid HTTP response ({http.Message})"),
                HttpRequestError.ResponseEnded => (FetchFailureKind.Connection, "the server closed the connection early"),
                _ => (FetchFailureKind.Connection, http.Message),
            };
        }

        return exception is IOException
            ? (FetchFailureKind.Connection, $"connection lost ({exception.Message})")
            : (FetchFailureKind.Protocol, exception.Message);
    }

    private static (FetchFailureKind Kind, string Reason) FromSocket(SocketException socket) => socket.SocketErrorCode switch
    {
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData or SocketError.NoRecovery =>
            (FetchFailureKind.Dns, $"DNS lookup failed ({socket.Message})"),
        SocketError.NetworkUnreachable or SocketError.NetworkDown or SocketError.HostUnreachable or SocketError.HostDown =>
            (FetchFailureKind.Network, $"network unreachable ({socket.Message})"),
        SocketError.ConnectionRefused => (FetchFailureKind.Connection, "connection refused"),
        SocketError.ConnectionReset or SocketError.ConnectionAborted => (FetchFailureKind.Connection, "connection reset"),
        SocketError.TimedOut => (FetchFailureKind.Timeout, "connect timed out"),
        _ => (FetchFailureKind.Connection, socket.Message),
    };
}
