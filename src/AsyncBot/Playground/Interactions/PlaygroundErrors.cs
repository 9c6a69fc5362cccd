using System.Net;
using AsyncBot.Discord;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Playground.Interactions;

/// <summary>
/// The errors Discord answers with, raised by the playground for the same mistakes, so a handler that works here
/// meets no surprise in Discord. Routes are templates, never holding a token.
/// </summary>
internal static class PlaygroundErrors
{
    public const string CallbackRoute = "POST /interactions/:id/:token/callback";
    public const string FollowupRoute = "POST /webhooks/:id/:token";
    public const string OriginalRoute = "/webhooks/:id/:token/messages/@original";

    /// <summary>10062: the callback came too late (after 3 s) or for an unknown interaction.</summary>
    public static DiscordRequestException UnknownInteraction() => new(HttpStatusCode.NotFound, DiscordErrors.UnknownInteraction, "Unknown interaction", CallbackRoute);

    /// <summary>40060: a second callback for the same interaction.</summary>
    public static DiscordRequestException AlreadyAcknowledged() =>
        new(HttpStatusCode.BadRequest, DiscordErrors.InteractionAlreadyAcknowledged, "Interaction has already been acknowledged.", CallbackRoute);

    /// <summary>10015: a webhook call for a token that is unknown or was never acknowledged.</summary>
    public static DiscordRequestException UnknownWebhook(string route) => new(HttpStatusCode.NotFound, DiscordErrors.UnknownWebhook, "Unknown Webhook", route);

    /// <summary>10008: the message does not exist or does not belong to this token.</summary>
    public static DiscordRequestException UnknownMessage(string route) => new(HttpStatusCode.NotFound, DiscordErrors.UnknownMessage, "Unknown Message", route);

    /// <summary>50035: the body breaks one of Discord's limits.</summary>
    public static DiscordRequestException InvalidBody(string route, string what) =>
        new(HttpStatusCode.BadRequest, DiscordErrors.InvalidFormBody, "Invalid Form Body: " + what, route);
}
