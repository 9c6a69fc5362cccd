namespace AsyncBot.FakeDiscord.Rest;

/// <summary>One request's route: template, bucket group and major parameter, as the fake sees it.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">Route template, e.g. <c>/webhooks/:id/:token</c>.</param>
/// <param name="Group">Bucket group; templates in one group share a bucket hash (e.g. all webhook message routes).</param>
/// <param name="Major">Major parameter value (guild id, or application id + token).</param>
/// <param name="Kind">Bot route or interaction route.</param>
internal sealed record FakeRoute(string Method, string Template, string Group, string Major, FakeRouteKind Kind)
{
    public string Name => Method + " " + Template;

    public bool Matches(FakeRouteKind kind) => kind == FakeRouteKind.Any || kind == Kind;
}
