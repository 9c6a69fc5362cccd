using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AsyncBot.Discord.Rest;

/// <summary>A successful (2xx) answer from Discord.</summary>
public sealed class RestResponse
{
    internal RestResponse(HttpStatusCode statusCode, ReadOnlyMemory<byte> body)
    {
        StatusCode = statusCode;
        Body = body;
    }

    /// <summary>HTTP status, e.g. 200 or 204.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The raw body; empty for 204.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Deserializes the body with source-generated metadata.</summary>
    /// <exception cref="JsonException">The body is empty or not the expected JSON.</exception>
    public T Read<T>(JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(Body.Span, typeInfo) ?? throw new JsonException("Discord answered with an empty JSON body.");
}
