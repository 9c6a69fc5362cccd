using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// What every fake REST request goes through before its endpoint: User-Agent and Authorization checks, slow-answer
/// and Cloudflare switches, injected faults, the rate-limit bucket; then the answer with its headers is recorded.
/// </summary>
internal sealed partial class FakeRestPipeline(FakeRestModule module)
{
    private const string CloudflarePage = "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body>Error 1015: You are being rate limited.</body></html>";

    public async Task RunAsync(HttpContext http, FakeRoute route, Func<FakeRestContext, Task<FakeResult>> endpoint)
    {
        var now = module.Options.Time.GetUtcNow();
        var sequence = module.Requests.NextSequence();
        var userAgent = http.Request.Headers.UserAgent.ToString();
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!UserAgentPattern().IsMatch(userAgent))
        {
            module.Requests.Violation($"{route.Name}: User-Agent '{userAgent}' is not 'DiscordBot (url, version)'");
        }

        var result = await DecideAsync(http, route, now, authorization, endpoint);
        module.Requests.Add(new FakeRestRequest(sequence, route.Method, route.Template, now,
            userAgent.Length == 0 ? null : userAgent, authorization.Length > 0, result.Status));
        http.Response.StatusCode = result.Status;
        foreach (var (name, value) in result.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (result.Body is not null)
        {
            http.Response.ContentType = result.ContentType;
            await http.Response.WriteAsync(result.Body, http.RequestAborted);
        }
    }

    private async Task<FakeResult> DecideAsync(HttpContext http, FakeRoute route, DateTimeOffset now, string authorization,
        Func<FakeRestContext, Task<FakeResult>> endpoint)
    {
        if (route.Kind == FakeRouteKind.Bot && authorization != "Bot " + module.BotToken)
        {
            if (authorization.Length == 0)
            {
                module.Requests.Violation($"{route.Name}: bot route without Authorization");
            }

            return FakeResult.Error(401, 0, "401: Unauthorized");
        }

        if (route.Kind == FakeRouteKind.Interaction && authorization.Length > 0)
        {
            module.Requests.Violation($"{route.Name}: Authorization header sent on a token route");
        }

        if (module.Faults.ResponseDelay is { } delay && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, http.RequestAborted);
        }

        if (module.Faults.CloudflareMode)
        {
            return new FakeResult(429, CloudflarePage, "text/html");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var result = module.Faults.Take(route) switch
        {
            { Status: 429 } fault => module.RateLimits.Inject(route, fault.RetryAfter, fault.Global, now, headers),
            { } fault => FakeResult.Error(fault.Status, 0, $"{fault.Status}: Injected server error"),
            null => module.RateLimits.TryConsume(route, now, headers) ?? await endpoint(new FakeRestContext(http, route, now)),
        };
        foreach (var (name, value) in headers)
        {
            result.Headers.TryAdd(name, value);
        }

        return result;
    }

    [GeneratedRegex(@"^DiscordBot \([^,()]+, [^()]+\)")]
    private static partial Regex UserAgentPattern();
}
