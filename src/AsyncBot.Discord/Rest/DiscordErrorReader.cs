using System.Net;
using System.Text.Json;
using AsyncBot.Discord.Interactions;
using AsyncBot.Discord.Rest.Json;

namespace AsyncBot.Discord.Rest;

/// <summary>Turns an error response into a <see cref="DiscordRequestException"/> with Discord's code and message.</summary>
internal static class DiscordErrorReader
{
    private const int MaxFieldErrors = 5;

    /// <summary>Reads <c>{code, message, errors?}</c>; a body that is not JSON gives an exception without a code.</summary>
    public static DiscordRequestException Read(HttpStatusCode status, ReadOnlySpan<byte> body, RestRoute route)
    {
        var error = TryParse(body);
        var message = string.IsNullOrWhiteSpace(error?.Message) ? status.ToString() : error.Message;

        // 50035 names the bad fields only in `errors`; without them the message says nothing useful.
        if (error?.Errors is { ValueKind: JsonValueKind.Object } errors)
        {
            var fields = new List<string>();
            Collect(errors, string.Empty, fields);
            if (fields.Count > 0)
            {
                message += " (" + string.Join("; ", fields.Take(MaxFieldErrors)) + ")";
            }
        }

        return new DiscordRequestException(status, error?.Code, message, route.ToString());
    }

    /// <summary>Parses an error body, or null when it is not Discord's JSON.</summary>
    public static ErrorBody? TryParse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DiscordRestJsonContext.Default.ErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement element, string path, List<string> fields)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    var text = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("message", out var m) ? m.GetString() : null;
                    fields.Add((path.Length == 0 ? "body" : path) + ": " + (text ?? "invalid"));
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Collect(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, fields);
            }
        }
    }
}
