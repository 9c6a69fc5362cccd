using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// The REST half of the fake Discord (protocol §7 items 18–30): interaction callbacks, followups and
/// <c>@original</c>, command registration, rate-limit headers and 429s, injected faults, and a record of everything.
/// Add it with <see cref="FakeDiscordRestExtensions.WithRest"/> and reach it with <see cref="FakeDiscordRestExtensions.Rest(FakeDiscordServer)"/>.
/// </summary>
public sealed class FakeRestModule : IFakeDiscordModule
{
    private const string Api = "/api/v10";
    private readonly FakeDiscordOptions _discord;
    private readonly FakeRestPipeline _pipeline;

    /// <summary>Creates the module for the fake configured by <paramref name="discord"/>.</summary>
    public FakeRestModule(FakeDiscordOptions discord, FakeRestOptions? options = null)
    {
        _discord = discord;
        Options = options ?? new FakeRestOptions();
        Ids = new FakeIdSource(() => Options.Time);
        Interactions = new FakeInteractions(() => ApplicationId, () => Options.Time, Ids);
        Commands = new FakeCommands(this);
        RateLimits = new FakeRateLimits(Options, Requests);
        _pipeline = new FakeRestPipeline(this);
    }

    /// <summary>Settings; may be changed while the server runs.</summary>
    public FakeRestOptions Options { get; }

    /// <summary>Interactions the fake accepts answers for.</summary>
    public FakeInteractions Interactions { get; }

    /// <summary>Every accepted message request and the current messages.</summary>
    public FakeMessages Messages { get; } = new();

    /// <summary>Registered commands and bulk overwrites.</summary>
    public FakeCommands Commands { get; }

    /// <summary>Every request, violations, and the exhausted-bucket and invalid-response counters.</summary>
    public FakeRequestLog Requests { get; } = new();

    /// <summary>Faults to inject.</summary>
    public FakeFaults Faults { get; } = new();

    internal string ApplicationId => _discord.ApplicationId;

    internal string BotToken => _discord.Token;

    internal FakeIdSource Ids { get; }

    internal FakeRateLimits RateLimits { get; }

    /// <inheritdoc />
    public void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var callback = new FakeCallbackEndpoint(this);
        var webhooks = new FakeWebhookEndpoints(this);
        var commands = new FakeCommandEndpoints(this);

        Route(app, "POST", "/interactions/{id}/{token}/callback", "/interactions/:id/:token/callback", "interaction-callback",
            c => Value(c, "id"), FakeRouteKind.Interaction, callback.HandleAsync);
        // Followups and message routes of one token share one bucket (one hash), so clients must learn to merge templates.
        Route(app, "POST", "/webhooks/{appId}/{token}", "/webhooks/:id/:token", "webhook",
            WebhookMajor, FakeRouteKind.Interaction, webhooks.CreateAsync);
        foreach (var method in new[] { "GET", "PATCH", "DELETE" })
        {
            Route(app, method, "/webhooks/{appId}/{token}/messages/{messageId}", null, "webhook",
                WebhookMajor, FakeRouteKind.Interaction, webhooks.MessageAsync);
        }

        foreach (var method in new[] { "GET", "PUT" })
        {
            Route(app, method, "/applications/{appId}/commands", "/applications/:id/commands", "commands-global-" + method,
                _ => string.Empty, FakeRouteKind.Bot, commands.HandleAsync);
            Route(app, method, "/applications/{appId}/guilds/{guildId}/commands", "/applications/:id/guilds/:guild_id/commands",
                "commands-guild-" + method, c => Value(c, "guildId"), FakeRouteKind.Bot, commands.HandleAsync);
        }
    }

    /// <inheritdoc />
    public void Attach(FakeDiscordServer server)
    {
    }

    /// <summary>Records a violation when a message body lacks <c>allowed_mentions: {"parse": []}</c>.</summary>
    internal void WarnUnlessMentionsOff(FakeRoute route, JsonObject? message, bool required)
    {
        var mentions = message?["allowed_mentions"] as JsonObject;
        if ((required || mentions is not null) && mentions?["parse"] is not JsonArray { Count: 0 })
        {
            Requests.Violation($"{route.Name}: message without allowed_mentions {{\"parse\": []}}");
        }
    }

    private void Route(WebApplication app, string method, string pattern, string? template, string group,
        Func<HttpContext, string> major, FakeRouteKind kind, Func<FakeRestContext, Task<FakeResult>> endpoint)
    {
        app.MapMethods(Api + pattern, [method], (RequestDelegate)(http =>
        {
            var name = template ?? (Value(http, "messageId") == "@original"
                ? "/webhooks/:id/:token/messages/@original"
                : "/webhooks/:id/:token/messages/:message_id");
            return _pipeline.RunAsync(http, new FakeRoute(method, name, group, major(http), kind), endpoint);
        }));
    }

    private static string WebhookMajor(HttpContext http) => Value(http, "appId") + "/" + Value(http, "token");

    private static string Value(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
