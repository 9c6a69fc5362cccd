using System.Net;
using System.Text.Json;
using AsyncBot.Discord.Gateway.Payloads;
using Microsoft.Extensions.Logging;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// <c>GET {ApiBaseUrl}/gateway/bot</c>: the gateway URL (cached until connecting to it fails) and the identify
/// budget, which it hands to <see cref="SessionStartLimiter"/>. Not thread-safe: the reconnect loop owns it.
/// </summary>
internal sealed class GatewayUrlSource(
    IHttpClientFactory httpClientFactory,
    Uri apiBaseUrl,
    SessionStartLimiter startLimiter,
    ILogger logger)
{
    /// <summary>The named <see cref="HttpClient"/> this source uses.</summary>
    public const string HttpClientName = "AsyncBot.Discord.Gateway";

    private Uri? _cached;

    /// <summary>The cached gateway URL, fetching it first if there is none.</summary>
    public async Task<Uri> GetAsync(DiscordToken token, CancellationToken cancellationToken = default)
    {
        if (_cached is null)
        {
            await RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        }

        return _cached!;
    }

    /// <summary>Forgets the cached URL after connecting to it failed.</summary>
    public void Invalidate() => _cached = null;

    /// <summary>Asks Discord again for the URL and the identify budget.</summary>
    /// <exception cref="GatewayFatalException">Discord answered 401: the token is wrong.</exception>
    /// <exception cref="HttpRequestException">Any other failure; worth retrying later.</exception>
    public async Task RefreshAsync(DiscordToken token, CancellationToken cancellationToken = default)
    {
        var uri = new Uri(apiBaseUrl.AbsoluteUri.TrimEnd('/') + "/gateway/bot");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Authorization", token.AuthorizationHeaderValue);

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new GatewayFatalException(null, "Discord rejected the token (HTTP 401 on GET /gateway/bot): check DISCORD_TOKEN (Discord:Token)");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET /gateway/bot answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        GatewayBotResponse body;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                body = await JsonSerializer.DeserializeAsync(stream, GatewayJsonContext.Default.GatewayBotResponse, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("empty body");
            }
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException("GET /gateway/bot returned a body that is not the expected JSON", ex);
        }

        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || (url.Scheme != "wss" && url.Scheme != "ws"))
        {
            throw new HttpRequestException("GET /gateway/bot returned a url that is not a ws:// or wss:// address");
        }

        if (body.SessionStartLimit is { } limit)
        {
            startLimiter.Update(limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter), limit.MaxConcurrency);
            logger.IdentifyBudget(limit.Remaining, limit.Total, limit.ResetAfter, limit.MaxConcurrency);
        }

        _cached = url;
    }
}
