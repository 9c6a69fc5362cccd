using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// Followups and <c>@original</c>: the token must belong to the app id and be acknowledged (else 404 10015, also while
/// <see cref="FakeRestOptions.WebhookUnknownAfterAnswer"/> lasts), be younger than 15 min (else 401 50027); unknown
/// messages → 404 10008.
/// </summary>
internal sealed class FakeWebhookEndpoints(FakeRestModule module)
{
    public async Task<FakeResult> CreateAsync(FakeRestContext context)
    {
        var (payload, error) = await FakePayload.ReadAsync(context.Http.Request, context.Http.RequestAborted);
        if (await ResolveAsync(context) is { } refused)
        {
            return refused;
        }

        if (error is not null)
        {
            return error;
        }

        var interaction = Interaction(context);
        var body = payload!.Json as JsonObject ?? [];
        if (FakeMessageValidator.Validate(body, FakeMessageValidator.CreateFlags, mustHaveContent: true, payload.Files.Count, []) is { } invalid)
        {
            return invalid;
        }

        module.WarnUnlessMentionsOff(context.Route, body, required: true);
        var message = FakeMessageJson.Create(interaction, module.Ids.Next(), body, FakeJson.Int(body["flags"]) ?? 0, payload.Files,
            context.Now, interaction.OriginalMessageId);
        var stored = module.Messages.Store(interaction.Id, message);
        module.Messages.Record(FakeMessageAction.Create, interaction, (string?)message["id"], body, payload.Files, context.Now);
        return FakeResult.Json(200, stored);
    }

    public async Task<FakeResult> MessageAsync(FakeRestContext context)
    {
        var (payload, error) = await FakePayload.ReadAsync(context.Http.Request, context.Http.RequestAborted);
        if (await ResolveAsync(context) is { } refused)
        {
            return refused;
        }

        var interaction = Interaction(context);
        var messageId = context.Value("messageId") == "@original" ? interaction.OriginalMessageId : context.Value("messageId");
        var method = context.Route.Method;
        if (method == "GET")
        {
            return Found(messageId is null ? null : module.Messages.Get(messageId), m => FakeResult.Json(200, m));
        }

        if (method == "DELETE")
        {
            var deleted = messageId is null ? null : module.Messages.Change(interaction.Id, messageId, _ => { }, delete: true);
            return Found(deleted, _ =>
            {
                module.Messages.Record(FakeMessageAction.Delete, interaction, messageId, null, [], context.Now);
                return FakeResult.NoContent();
            });
        }

        if (error is not null)
        {
            return error;
        }

        var body = payload!.Json as JsonObject ?? [];
        if (FakeMessageValidator.Validate(body, FakeMessageValidator.EditFlags, mustHaveContent: false, payload.Files.Count, []) is { } invalid)
        {
            return invalid;
        }

        module.WarnUnlessMentionsOff(context.Route, body, required: body.ContainsKey("content"));
        var edited = messageId is null
            ? null
            : module.Messages.Change(interaction.Id, messageId, m => FakeMessageJson.Edit(m, body, payload.Files, context.Now));
        return Found(edited, m =>
        {
            module.Messages.Record(FakeMessageAction.Edit, interaction, messageId, body, payload.Files, context.Now);
            return FakeResult.Json(200, m);
        });
    }

    private async Task<FakeResult?> ResolveAsync(FakeRestContext context)
    {
        var interaction = module.Interactions.FindByToken(context.Value("token"));
        if (interaction is null || interaction.ApplicationId != context.Value("appId"))
        {
            return UnknownWebhook();
        }

        if (await interaction.WaitForHttpAnswerAsync(context.Http.RequestAborted))
        {
            module.Requests.CountWaitForHttpAnswer();
        }

        lock (interaction.Gate)
        {
            if (context.Now - interaction.CreatedAt > module.Options.TokenLifetime)
            {
                return FakeResult.Error(401, 50027, "Invalid Webhook Token");
            }

            var settling = context.Now - interaction.AcknowledgedAt < module.Options.WebhookUnknownAfterAnswer;
            return interaction.Dead || !interaction.Acknowledged || settling ? UnknownWebhook() : null;
        }
    }

    private FakeInteraction Interaction(FakeRestContext context) => module.Interactions.FindByToken(context.Value("token"))!;

    private static FakeResult Found(JsonObject? message, Func<JsonObject, FakeResult> then) =>
        message is null ? FakeResult.Error(404, 10008, "Unknown Message") : then(message);

    private static FakeResult UnknownWebhook() => FakeResult.Error(404, 10015, "Unknown Webhook");
}
