using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// <c>POST /interactions/:id/:token/callback</c>: unknown or late (&gt; 3 s) → 404 10062, second → 400 40060,
/// invalid body → 400 50035, else 204 (200 with a body for <c>?with_response=true</c>).
/// </summary>
internal sealed class FakeCallbackEndpoint(FakeRestModule module)
{
    private static readonly int[] KnownTypes = [4, 5, 6, 7, 8, 9];

    public async Task<FakeResult> HandleAsync(FakeRestContext context)
    {
        var interaction = module.Interactions.Find(context.Value("id"));
        if (interaction is null || interaction.Token != context.Value("token"))
        {
            return UnknownInteraction();
        }

        var (payload, error) = await FakePayload.ReadAsync(context.Http.Request, context.Http.RequestAborted);
        lock (interaction.Gate)
        {
            if (interaction.Dead || context.Now - interaction.CreatedAt > module.Options.CallbackDeadline)
            {
                interaction.Kill();
                return UnknownInteraction();
            }

            if (interaction.Acknowledged)
            {
                return FakeResult.Error(400, 40060, "Interaction has already been acknowledged.");
            }

            if (error is not null)
            {
                return error;
            }

            var body = payload!.Json as JsonObject ?? [];
            if (Validate(interaction, body, payload.Files.Count) is { } invalid)
            {
                return invalid;
            }

            module.WarnUnlessMentionsOff(context.Route, body["data"] as JsonObject, FakeJson.Int(body["type"]) is 4 or 7);
            var message = Acknowledge(interaction, body, payload.Files, context.Now);
            module.Messages.Record(FakeMessageAction.Callback, interaction, interaction.OriginalMessageId, body, payload.Files, context.Now);
            return context.Http.Request.Query["with_response"] == "true" ? WithResponse(interaction, message) : FakeResult.NoContent();
        }
    }

    /// <summary>
    /// Discord's side of an interaction delivered to the bot's HTTP endpoint: the bot's HTTP response body is the
    /// callback. Null when accepted, else the error Discord would show.
    /// </summary>
    internal FakeResult? AcceptHttpResponse(FakeInteraction interaction, JsonObject body, DateTimeOffset now)
    {
        lock (interaction.Gate)
        {
            if (interaction.Acknowledged)
            {
                return FakeResult.Error(400, 40060, "Interaction has already been acknowledged.");
            }

            if (Validate(interaction, body, 0) is { } invalid)
            {
                return invalid;
            }

            var route = new FakeRoute("POST", "/interactions (HTTP response)", "interaction-http-response", interaction.Id, FakeRouteKind.Interaction);
            module.WarnUnlessMentionsOff(route, body["data"] as JsonObject, FakeJson.Int(body["type"]) is 4 or 7);
            Acknowledge(interaction, body, [], now);
            module.Messages.Record(FakeMessageAction.Callback, interaction, interaction.OriginalMessageId, body, [], now);
            return null;
        }
    }

    private static FakeResult? Validate(FakeInteraction interaction, JsonObject body, int fileCount)
    {
        var type = FakeJson.Int(body["type"]);
        var errors = new FakeFormErrors();
        if (type is null || !KnownTypes.Contains(type.Value))
        {
            errors.Add("BASE_TYPE_CHOICES", "Value must be one of {4, 5, 6, 7, 8, 9}.", "type");
        }
        else if (type is 6 or 7 && interaction.Type != 3)
        {
            errors.Add("INTERACTION_CALLBACK_TYPE_INVALID", "Types 6 and 7 are only for component interactions.", "type");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var data = body["data"] as JsonObject;
        return type switch
        {
            4 => FakeMessageValidator.Validate(data ?? [], FakeMessageValidator.CreateFlags, mustHaveContent: true, fileCount, ["data"]),
            7 when data is not null => FakeMessageValidator.Validate(data, FakeMessageValidator.CreateFlags, mustHaveContent: false, fileCount, ["data"]),
            5 when data is not null => FakeMessageValidator.Validate(data, 64, mustHaveContent: false, fileCount, ["data"]),
            _ => null,
        };
    }

    private JsonObject? Acknowledge(FakeInteraction interaction, JsonObject body, IReadOnlyList<FakeAttachment> files, DateTimeOffset now)
    {
        var type = FakeJson.Int(body["type"])!.Value;
        var data = body["data"] as JsonObject;
        var flags = FakeJson.Int(data?["flags"]) ?? 0;
        JsonObject? message = type switch
        {
            4 => FakeMessageJson.Create(interaction, module.Ids.Next(), data, flags, files, now, null),

            // "Bot is thinking…": an empty loading message until @original is edited.
            5 => FakeMessageJson.Create(interaction, module.Ids.Next(), null, 128 | (flags & 64), [], now, null),

            // Components: the original is the message the button is on; the fake stands it in with a fresh message.
            6 => FakeMessageJson.Create(interaction, module.Ids.Next(), null, 0, [], now, null),
            7 => FakeMessageJson.Create(interaction, module.Ids.Next(), data, 0, files, now, null),
            _ => null,
        };
        if (message is not null)
        {
            module.Messages.Store(interaction.Id, message);
        }

        interaction.Acknowledge(type, (string?)message?["id"], now);
        return message;
    }

    private static FakeResult WithResponse(FakeInteraction interaction, JsonObject? message)
    {
        var flags = FakeJson.Int(message?["flags"]) ?? 0;
        var body = new JsonObject
        {
            ["interaction"] = new JsonObject
            {
                ["id"] = interaction.Id,
                ["type"] = interaction.Type,
                ["response_message_id"] = (string?)message?["id"],
                ["response_message_loading"] = (flags & 128) != 0,
                ["response_message_ephemeral"] = (flags & 64) != 0,
            },
            ["resource"] = new JsonObject
            {
                ["type"] = interaction.CallbackType,
                ["message"] = interaction.CallbackType is 4 or 7 ? message?.DeepClone() : null,
            },
        };
        return FakeResult.Json(200, body);
    }

    private static FakeResult UnknownInteraction() => FakeResult.Error(404, 10062, "Unknown interaction");
}
