using Microsoft.AspNetCore.Http;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>What a fake endpoint gets: the HTTP request, its route, and the fake clock's now.</summary>
internal sealed record FakeRestContext(HttpContext Http, FakeRoute Route, DateTimeOffset Now)
{
    public string Value(string name) => Http.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
