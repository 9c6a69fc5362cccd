using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// A request ready to send: a route and a body. The body is kept as bytes and rebuilt per attempt, because an
/// <see cref="HttpRequestMessage"/> cannot be sent twice and retries must send the same payload.
/// </summary>
public sealed class RestRequest
{
    private readonly Func<HttpContent>? _content;

    private RestRequest(RestRoute route, Func<HttpContent>? content)
    {
        Route = route;
        _content = content;
    }

    /// <summary>Where the request goes.</summary>
    public RestRoute Route { get; }

    /// <summary>A request without a body.</summary>
    public static RestRequest Create(RestRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return new RestRequest(route, null);
    }

    /// <summary>A request with a JSON body, serialized with source-generated metadata.</summary>
    public static RestRequest Json<T>(RestRoute route, T body, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return new RestRequest(route, () => RestContent.Json(bytes));
    }

    /// <summary>
    /// A request whose JSON body travels as the <c>payload_json</c> part of a multipart form with one
    /// <c>files[n]</c> part per file; plain JSON when <paramref name="files"/> is empty.
    /// </summary>
    public static RestRequest JsonWithFiles<T>(RestRoute route, T body, JsonTypeInfo<T> typeInfo, IReadOnlyList<FileAttachment>? files)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (files is null || files.Count == 0)
        {
            return Json(route, body, typeInfo);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return new RestRequest(route, () => RestContent.Multipart(bytes, files));
    }

    /// <summary>A fresh body for one attempt, or null.</summary>
    internal HttpContent? CreateContent() => _content?.Invoke();
}
