using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>What the fake answers: status, body and extra headers.</summary>
internal sealed record FakeResult(int Status, string? Body = null, string ContentType = "application/json")
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static FakeResult NoContent() => new(204);

    public static FakeResult Json(int status, JsonNode body) => new(status, body.ToJsonString());

    /// <summary>Discord's error body <c>{message, code, errors?}</c>.</summary>
    public static FakeResult Error(int status, int code, string message, JsonObject? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return Json(status, body);
    }

    public static FakeResult InvalidFormBody(JsonObject errors) => Error(400, 50035, "Invalid Form Body", errors);
}
