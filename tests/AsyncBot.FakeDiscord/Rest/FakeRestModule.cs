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

        Route(app, "GET", "/applications/@me", "/applications/@me", "application-me", _ => string.Empty, FakeRouteKind.Bot,
            _ => Task.FromResult(FakeResult.Json(200, new JsonObject { ["id"] = ApplicationId, ["name"] = "AsyncBot", ["bot_public"] = true })));
        Route(app, "POST", "/interactions/{id}/{token}/callback", "/interactions/:id/:token/callback", "interaction-callback",
            c => Value(c, "id"), FakeRouteKind.Interaction, callback.HandleAsync);
        Route(app, "POST", "/webhooks/{appId}/{token}", "/webhooks/:id/:token", "webhook-execute",
            WebhookMajor, FakeRouteKind.Interaction, webhooks.CreateAsync);
        foreach (var method in new[] { "GET", "PATCH", "DELETE" })
        {
            // All message routes of one token share a bucket hash, so clients must learn to merge templates.
            Route(app, method, "/webhooks/{appId}/{token}/messages/{messageId}", null, "webhook-message",
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

    /// <summary>
    /// Takes the bot's HTTP response to an interaction POST as that interaction's callback (what Discord does for an
    /// Interactions Endpoint URL). Null when accepted; else Discord's error JSON.
    /// </summary>
    public string? AcceptHttpResponse(string interactionId, JsonObject body)
    {
        var interaction = Find(interactionId);
        try
        {
            return new FakeCallbackEndpoint(this).AcceptHttpResponse(interaction, body, Options.Time.GetUtcNow())?.Body;
        }
        finally
        {
            interaction.HttpAnswerTaken();
        }
    }

    /// <summary>
    /// Marks the interaction as delivered over HTTP with its answer on the way: until <see cref="AcceptHttpResponse"/>
    /// or <see cref="HttpAnswerLost"/>, followups wait for it instead of failing with 10015.
    /// </summary>
    public void ExpectHttpAnswer(string interactionId) => Find(interactionId).ExpectHttpAnswer();

    /// <summary>The HTTP answer did not come (an error status, a closed connection): followups are judged as they stand.</summary>
    public void HttpAnswerLost(string interactionId) => Find(interactionId).HttpAnswerTaken();

    private FakeInteraction Find(string interactionId) =>
        Interactions.Find(interactionId) ?? throw new InvalidOperationException($"Interaction {interactionId} is not registered with the fake.");

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
