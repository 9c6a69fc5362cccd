using AsyncBot.Discord.Rest;

namespace AsyncBot.Discord.Tests.Rest;

public sealed class DiscordRoutesTests
{
    private const string Token = "aW50ZXJhY3Rpb246MTM3OTAyOTI3NDg1MzgxNDI3OTpmYWtl+/=";

    [Fact]
    public void Routes_ShowOnlyTheTemplate_NeverTheToken()
    {
        RestRoute[] routes =
        [
            DiscordRoutes.InteractionCallback("1", Token),
            DiscordRoutes.CreateFollowup("2", Token),
            DiscordRoutes.OriginalMessage(HttpMethod.Patch, "2", Token),
        ];

        Assert.Equal(
            ["POST /interactions/:id/:token/callback", "POST /webhooks/:id/:token", "PATCH /webhooks/:id/:token/messages/@original"],
            routes.Select(r => r.ToString()));
        Assert.All(routes, r => Assert.DoesNotContain("aW50", r.Key.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Routes_RelativeUrls_EscapeTheTokenAndNeedNoAuthOnTokenRoutes()
    {
        var callback = DiscordRoutes.InteractionCallback("1", Token, withResponse: true);
        var original = DiscordRoutes.OriginalMessage(HttpMethod.Get, "2", Token);

        Assert.Equal("interactions/1/" + Uri.EscapeDataString(Token) + "/callback?with_response=true", callback.RelativeUrl);
        Assert.Equal("webhooks/2/" + Uri.EscapeDataString(Token) + "/messages/@original", original.RelativeUrl);
        Assert.Equal(RestRouteKind.InteractionCallback, callback.Kind);
        Assert.Equal(RestRouteKind.Webhook, original.Kind);
        Assert.Equal(RestRouteKind.Bot, DiscordRoutes.GlobalCommands(HttpMethod.Put, "2").Kind);
    }

    [Fact]
    public void GuildCommands_UseTheGuildAsMajorParameter()
    {
        var a = DiscordRoutes.GuildCommands(HttpMethod.Put, "2", "10").Key;
        var b = DiscordRoutes.GuildCommands(HttpMethod.Put, "2", "11").Key;

        Assert.Equal(a.RouteId, b.RouteId);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void WithTrailingSlash_ApiBase_KeepsTheVersionSegmentForRelativeRoutes()
    {
        var baseUrl = DiscordRestServiceCollectionExtensions.WithTrailingSlash(new Uri("http://127.0.0.1:5000/api/v10"));

        Assert.Equal("http://127.0.0.1:5000/api/v10/webhooks/1/t", new Uri(baseUrl, "webhooks/1/t").ToString());
    }
}
