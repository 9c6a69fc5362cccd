using System.Net;
using AsyncBot.Discord.Rest;

namespace AsyncBot.Discord.Tests.Rest;

public sealed class ServerErrorRetryPolicyTests
{
    private readonly ServerErrorRetryPolicy _policy = new(3, TimeSpan.FromMilliseconds(500));
    private readonly RestRoute _post = DiscordRoutes.CreateFollowup("1", "t");
    private readonly RestRoute _patch = DiscordRoutes.OriginalMessage(HttpMethod.Patch, "1", "t");

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public void ShouldRetry_Post_OnlyWhenTheProxyAnswered(HttpStatusCode status, bool expected)
    {
        Assert.Equal(expected, _policy.ShouldRetry(_post, status, 0));
    }

    [Fact]
    public void ShouldRetry_IdempotentOn500_UntilTheBound()
    {
        Assert.True(_policy.ShouldRetry(_patch, HttpStatusCode.InternalServerError, 2));
        Assert.False(_policy.ShouldRetry(_patch, HttpStatusCode.InternalServerError, 3));
        Assert.False(_policy.ShouldRetryTransportFailure(_post, 0));
        Assert.True(_policy.ShouldRetryTransportFailure(_patch, 0));
    }

    [Fact]
    public void DelayFor_Doubles()
    {
        Assert.Equal([500, 1000, 2000], Enumerable.Range(0, 3).Select(i => _policy.DelayFor(i).TotalMilliseconds));
    }
}
