using System.Text.Json;

namespace AsyncBot.Discord.Rest.Json;

/// <summary>An HTTP error body: <c>{code, message, errors?}</c>.</summary>
internal sealed class ErrorBody
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    /// <summary>For 50035: mirrors the request body down to the bad field, whose value holds <c>_errors</c>.</summary>
    public JsonElement? Errors { get; init; }
}
