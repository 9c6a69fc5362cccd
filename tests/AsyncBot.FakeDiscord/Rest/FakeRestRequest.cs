namespace AsyncBot.FakeDiscord.Rest;

/// <summary>One request the fake received.</summary>
/// <param name="Sequence">Arrival order.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">Route template, e.g. <c>/webhooks/:id/:token/messages/@original</c>.</param>
/// <param name="ArrivedAt">Arrival time on the fake's clock.</param>
/// <param name="UserAgent">The User-Agent header, if any.</param>
/// <param name="HasAuthorization">Whether an Authorization header was sent.</param>
/// <param name="Status">The status the fake answered.</param>
public sealed record FakeRestRequest(long Sequence, string Method, string Template, DateTimeOffset ArrivedAt, string? UserAgent, bool HasAuthorization, int Status)
{
    /// <summary><c>METHOD template</c>.</summary>
    public string Route => Method + " " + Template;
}
