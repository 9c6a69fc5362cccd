using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Resolves a host and keeps only the addresses <see cref="AddressPolicy"/> allows. Used twice per hop: early, for a
/// clear refusal before anything is sent, and inside the handler's ConnectCallback, on the very addresses the socket
/// connects to — so a name that resolves to a public address first and a private one a moment later (DNS
/// rebinding) still cannot reach the private one.
/// </summary>
internal sealed class DestinationGuard(IHostResolver resolver, bool allowPrivateNetworks)
{
    /// <summary>The allowed addresses of <paramref name="host"/>; throws <see cref="DestinationRefusedException"/> when none is.</summary>
    public async Task<IPAddress[]> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        var name = UrlPolicy.NormalizeHost(host);
        if (IPAddress.TryParse(name, out var literal))
        {
            return Allow([literal], literal: true);
        }

        if (!allowPrivateNetworks && UrlPolicy.IsLocalhostName(name))
        {
            throw new DestinationRefusedException($"'{name}' is a loopback name");
        }

        var addresses = await resolver.ResolveAsync(name, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        return Allow(addresses, literal: false);
    }

    /// <summary>The ConnectCallback: connects only to allowed addresses of the endpoint's host, trying each in turn.</summary>
    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, IFetchDialer dialer, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAllowedAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var target = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            try
            {
                return await dialer.ConnectAsync(new IPEndPoint(target, endPoint.Port), cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException exception)
            {
                last = exception;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private IPAddress[] Allow(IPAddress[] addresses, bool literal)
    {
        var allowed = Array.FindAll(addresses, address => AddressPolicy.IsAllowed(address, allowPrivateNetworks));
        if (allowed.Length > 0)
        {
            return allowed;
        }

        var blocked = addresses[0];
        var described = AddressPolicy.Describe(AddressPolicy.Classify(blocked));
        throw new DestinationRefusedException(literal ? $"{blocked} is {described}" : $"resolves to {described} ({blocked})");
    }
}
