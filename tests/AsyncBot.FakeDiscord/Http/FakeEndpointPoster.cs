using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.FakeDiscord.Http;

/// <summary>
/// Discord delivering interactions to a bot's Interactions Endpoint URL: it registers each interaction with the
/// fake REST module (so followups and edits with its token work), signs and POSTs it, and takes a 200 answer as
/// the interaction's callback, exactly as the REST callback route would.
/// </summary>
public sealed class FakeEndpointPoster : IDisposable
{
    private readonly FakeRestModule _rest;
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    /// <summary>Creates a poster for the bot listening at <paramref name="endpoint"/> (its <c>/interactions</c> URL).</summary>
    public FakeEndpointPoster(FakeDiscordServer server, Uri endpoint, FakeInteractionSigner signer)
        : this(server, endpoint, signer, maxConnections: 256)
    {
    }

    /// <summary>
    /// Like the three-argument constructor, with at most <paramref name="maxConnections"/> connections open to the
    /// bot at once: a burst larger than that waits in this client for a free connection, which counts in its latency.
    /// </summary>
    public FakeEndpointPoster(FakeDiscordServer server, Uri endpoint, FakeInteractionSigner signer, int maxConnections)
    {
        ArgumentNullException.ThrowIfNull(server);
        _rest = server.Rest();
        _endpoint = endpoint;
        Signer = signer;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>The key pair the bot was configured with.</summary>
    public FakeInteractionSigner Signer { get; }

    /// <summary>Sends one interaction (the <c>d</c> of an INTERACTION_CREATE: the HTTP body has the same shape).</summary>
    public Task<FakeEndpointAnswer> PostAsync(JsonObject interaction, CancellationToken cancellationToken = default) =>
        PostAsync(Sign(interaction), cancellationToken);

    /// <summary>
    /// Serializes and signs an interaction now, to send later: a burst built this way costs the sender only the
    /// request itself per interaction. The timestamp stays fresh for the five minutes the bot allows.
    /// </summary>
    public FakeSignedInteraction Sign(JsonObject interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        var stamp = FakeInteractionSigner.Timestamp(DateTimeOffset.UtcNow);
        return new FakeSignedInteraction(
            (string)interaction["id"]!, (string?)interaction["token"] ?? string.Empty, (int)interaction["type"]!, body, Signer.Sign(stamp, body), stamp);
    }

    /// <summary>Sends an interaction signed earlier with <see cref="Sign"/>.</summary>
    public async Task<FakeEndpointAnswer> PostAsync(FakeSignedInteraction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var id = interaction.Id;
        var expectsAnswer = interaction.Type is 2 or 3;
        if (expectsAnswer)
        {
            _rest.Interactions.Register(id, interaction.Token, type: interaction.Type);
            _rest.ExpectHttpAnswer(id);
        }

        try
        {
            var answer = await SendAsync(HttpMethod.Post, interaction.Body, interaction.Signature, interaction.Timestamp, "application/json", cancellationToken: cancellationToken).ConfigureAwait(false);
            answer = answer with { InteractionId = id };
            if (expectsAnswer && answer.Status == System.Net.HttpStatusCode.OK && answer.Json is { } callback)
            {
                answer = answer with { Rejection = _rest.AcceptHttpResponse(id, callback) };
            }

            return answer;
        }
        finally
        {
            if (expectsAnswer)
            {
                _rest.HttpAnswerLost(id);
            }
        }
    }

    /// <summary>A PING as Discord sends when the URL is saved.</summary>
    public static JsonObject Ping() => new()
    {
        ["id"] = FakeSnowflakes.Next(),
        ["application_id"] = "1306561934786719786",
        ["type"] = 1,
        ["token"] = Gateway.FakeInteractions.TokenFor("ping"),
        ["version"] = 1,
    };

    /// <summary>Sends exactly these bytes and headers, for the tests of what the endpoint refuses.</summary>
    /// <remarks>
    /// With <paramref name="expectContinue"/> the request carries <c>Expect: 100-continue</c>, so a server that refuses
    /// by the headers alone (a body over its limit) answers before the body is on the wire instead of closing the
    /// connection under it.
    /// </remarks>
    public async Task<FakeEndpointAnswer> SendAsync(HttpMethod method, byte[] body, string? signature, string? timestamp, string? contentType,
        bool expectContinue = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var request = new HttpRequestMessage(method, _endpoint);
        request.Headers.ExpectContinue = expectContinue;
        if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new FakeEndpointAnswer(response.StatusCode, text, Stopwatch.GetElapsedTime(started), null);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
