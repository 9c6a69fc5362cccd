namespace AsyncBot.HttpInteractions;

/// <summary>The <c>Http</c> section: where the Interactions Endpoint listens when <c>Discord:Interactions</c> is Http.</summary>
public sealed class HttpEndpointOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Http";

    /// <summary>The default listen address: loopback, for a reverse proxy on the same host terminating TLS.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>
    /// The largest body accepted. Discord's interaction payloads are a few kilobytes (a command with its resolved
    /// data); 64 KB is plenty and keeps an unauthenticated sender from making the bot buffer much.
    /// </summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// How far <c>X-Signature-Timestamp</c> may be from the host clock. Five minutes allows for clock skew and
    /// Discord's own retries while a captured request stops working soon after it was sent.
    /// </summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <c>;</c>-separated <c>http://host:port</c> addresses. The container image sets <c>http://0.0.0.0:8080</c>;
    /// HTTPS is the reverse proxy's job (Discord only calls https URLs).
    /// </summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>
    /// How long a command's handler may take to produce its first answer before the endpoint answers "thinking…"
    /// (deferred, type 5) itself and the answer follows as an edit. 2000 ms leaves a second of Discord's 3 s for
    /// the network and the proxy; handlers normally answer in a few milliseconds.
    /// </summary>
    public int DeferAfterMilliseconds { get; set; } = 2000;

    /// <summary>How long Kestrel waits for a request's headers; a slow sender is cut off after this.</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 10;
}
