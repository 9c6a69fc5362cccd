namespace AsyncBot.Discord.Rest;

/// <summary>The Discord API v10 routes this client speaks, with their templates and major parameters.</summary>
public static class DiscordRoutes
{
    /// <summary><c>GET /gateway/bot</c>.</summary>
    public static RestRoute GatewayBot() =>
        new(HttpMethod.Get, "/gateway/bot", "gateway/bot", string.Empty, RestRouteKind.Bot);

    /// <summary><c>GET /applications/@me</c>: the bot's own application (its id, when no gateway READY tells it).</summary>
    public static RestRoute CurrentApplication() =>
        new(HttpMethod.Get, "/applications/@me", "applications/@me", string.Empty, RestRouteKind.Bot);

    /// <summary><c>POST /interactions/:id/:token/callback</c>, optionally with <c>?with_response=true</c>.</summary>
    public static RestRoute InteractionCallback(string interactionId, string interactionToken, bool withResponse = false)
    {
        var id = Segment(interactionId);
        var token = Segment(interactionToken);
        var query = withResponse ? "?with_response=true" : string.Empty;
        return new(HttpMethod.Post, "/interactions/:id/:token/callback", $"interactions/{id}/{token}/callback{query}",
            id + "/" + token, RestRouteKind.InteractionCallback, interactionToken);
    }

    /// <summary><c>POST /webhooks/:id/:token</c>: create a followup message.</summary>
    public static RestRoute CreateFollowup(string applicationId, string interactionToken) =>
        Webhook(HttpMethod.Post, "/webhooks/:id/:token", string.Empty, applicationId, interactionToken);

    /// <summary><c>GET|PATCH|DELETE /webhooks/:id/:token/messages/@original</c>.</summary>
    public static RestRoute OriginalMessage(HttpMethod method, string applicationId, string interactionToken) =>
        Webhook(method, "/webhooks/:id/:token/messages/@original", "/messages/@original", applicationId, interactionToken);

    /// <summary><c>GET|PUT /applications/:id/commands</c>.</summary>
    public static RestRoute GlobalCommands(HttpMethod method, string applicationId) =>
        new(method, "/applications/:id/commands", $"applications/{Segment(applicationId)}/commands", string.Empty, RestRouteKind.Bot);

    /// <summary><c>GET|PUT /applications/:id/guilds/:guild_id/commands</c>; the guild is the major parameter.</summary>
    public static RestRoute GuildCommands(HttpMethod method, string applicationId, string guildId) =>
        new(method, "/applications/:id/guilds/:guild_id/commands",
            $"applications/{Segment(applicationId)}/guilds/{Segment(guildId)}/commands", guildId, RestRouteKind.Bot);

    private static RestRoute Webhook(HttpMethod method, string template, string suffix, string applicationId, string interactionToken)
    {
        var id = Segment(applicationId);
        var token = Segment(interactionToken);

        // Each interaction token is its own major parameter, so one chatty run never slows another.
        return new(method, template, $"webhooks/{id}/{token}{suffix}", id + "/" + token, RestRouteKind.Webhook, interactionToken);
    }

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }
}
