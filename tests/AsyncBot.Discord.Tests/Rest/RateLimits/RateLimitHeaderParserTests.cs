using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AsyncBot.Discord.Rest.RateLimits;

namespace AsyncBot.Discord.Tests.Rest.RateLimits;

public sealed class RateLimitHeaderParserTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1748856602112);

    [Fact]
    public void Parse_FixtureHeaders_ReadsAllFields()
    {
        var info = RateLimitHeaderParser.Parse(Headers(RestFixtures.Json("ratelimit-headers.json").AsObject()), Now);

        Assert.Equal(new RateLimitInfo(5, 4, TimeSpan.FromSeconds(1), "a06de0de4a7c0f95c6f1e8b2d1b3e7f4", false, null), info);
    }

    [Fact]
    public void Parse_Global429Fixture_ReadsGlobalAndRetryAfter()
    {
        var headers = Headers(RestFixtures.Json("ratelimit-429-global.json")["headers"]!.AsObject());

        var info = RateLimitHeaderParser.Parse(headers, Now)!;

        Assert.True(info.Global);
        Assert.Equal("global", info.Scope);
        Assert.False(info.HasWindow);
        Assert.Equal(TimeSpan.FromSeconds(1), RateLimitHeaderParser.RetryAfter(headers));
    }

    [Fact]
    public void Parse_LowerCaseNamesAndOnlyAbsoluteReset_FallsBackToReset()
    {
        var headers = Headers(new JsonObject { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = "1748856603.612" });

        var info = RateLimitHeaderParser.Parse(headers, Now)!;

        Assert.Equal(0, info.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(1.5), info.ResetAfter);
    }

    [Fact]
    public void Parse_NoRateLimitHeaders_ReturnsNull()
    {
        Assert.Null(RateLimitHeaderParser.Parse(Headers([]), Now));
    }

    private static HttpResponseHeaders Headers(JsonObject values)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in values)
        {
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.TryAddWithoutValidation(name, (string?)value);
            }
        }

        return response.Headers;
    }
}
