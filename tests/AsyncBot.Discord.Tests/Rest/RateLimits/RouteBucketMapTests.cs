using AsyncBot.Discord.Rest.RateLimits;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Rest.RateLimits;

public sealed class RouteBucketMapTests
{
    private static readonly RouteKey Original = new("PATCH", "/webhooks/:id/:token/messages/@original", "app/token-a");
    private static readonly RouteKey Followup = new("PATCH", "/webhooks/:id/:token/messages/:message_id", "app/token-a");
    private static readonly RouteKey OtherToken = Original with { MajorParameter = "app/token-b" };
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Learn_SameHash_TemplatesShareOneLimiterPerMajorParameter()
    {
        var map = new RouteBucketMap(_time);
        var first = map.Get(Original);
        map.Learn(Original, first, Info("h1", 3));
        var second = map.Get(Followup);
        map.Learn(Followup, second, Info("h1", 2));

        Assert.Same(first, map.Get(Original));
        Assert.Same(first, map.Get(Followup));
        Assert.NotSame(first, map.Get(OtherToken));
        Assert.Equal("h1", map.HashOf(OtherToken));
    }

    [Fact]
    public void Learn_SharedLimiter_TakesTheOtherTemplatesNumbers()
    {
        var map = new RouteBucketMap(_time);
        var first = map.Get(Original);
        first.Update(Info("h1", 3));
        map.Learn(Original, first, Info("h1", 3));
        var second = map.Get(Followup);

        map.Learn(Followup, second, Info("h1", 0));

        Assert.True(map.Get(Original).GetDelay() > TimeSpan.Zero);
    }

    [Fact]
    public void Get_IdleBuckets_AreForgotten()
    {
        var map = new RouteBucketMap(_time);
        map.Get(Original);
        map.Get(OtherToken);

        _time.Advance(TimeSpan.FromMinutes(30));
        map.Get(Followup);

        Assert.Equal(1, map.Count);
    }

    private static RateLimitInfo Info(string bucket, int remaining) =>
        new(5, remaining, TimeSpan.FromSeconds(1), bucket, Global: false, Scope: null);
}
