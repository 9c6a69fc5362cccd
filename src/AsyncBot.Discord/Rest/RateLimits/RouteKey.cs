namespace AsyncBot.Discord.Rest.RateLimits;

/// <summary>
/// Identifies a rate-limit bucket before Discord names it: method + route template + major parameter.
/// The major parameter can be an interaction token, so <see cref="ToString"/> leaves it out.
/// </summary>
internal readonly record struct RouteKey(string Method, string Template, string MajorParameter)
{
    /// <summary><c>METHOD template</c>: the part Discord maps to a bucket hash, the same for every major parameter.</summary>
    public string RouteId => Method + " " + Template;

    /// <inheritdoc />
    public override string ToString() => RouteId;
}
