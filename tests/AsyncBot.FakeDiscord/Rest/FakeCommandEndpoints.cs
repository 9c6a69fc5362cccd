using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary><c>GET|PUT /applications/:id/commands</c> and the guild equivalents (bot auth is checked by the pipeline).</summary>
internal sealed class FakeCommandEndpoints(FakeRestModule module)
{
    public async Task<FakeResult> HandleAsync(FakeRestContext context)
    {
        if (context.Value("appId") != module.ApplicationId)
        {
            return FakeResult.Error(403, 50001, "Missing Access");
        }

        var guildId = context.Http.Request.RouteValues.ContainsKey("guildId") ? context.Value("guildId") : null;
        if (context.Route.Method == "GET")
        {
            return FakeResult.Json(200, module.Commands.Get(guildId));
        }

        var (payload, error) = await FakePayload.ReadAsync(context.Http.Request, context.Http.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        if (payload!.Json is not JsonArray body)
        {
            var errors = new FakeFormErrors();
            errors.Add("BASE_TYPE_ARRAY", "Must be an array.");
            return errors.ToResult();
        }

        var invalid = FakeCommandValidator.Validate(body);
        return invalid.Any ? invalid.ToResult() : module.Commands.Overwrite(guildId, body, context.Now);
    }
}
