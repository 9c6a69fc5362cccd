using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>A request body: JSON, or multipart with <c>payload_json</c> and <c>files[n]</c> parts.</summary>
internal sealed partial record FakePayload(JsonNode? Json, IReadOnlyList<FakeAttachment> Files, string? PayloadContentType)
{
    private static readonly FakePayload Empty = new(null, [], null);

    /// <summary>Reads the body; a result instead when it is malformed (400 50109 / 50035), as Discord answers.</summary>
    public static async Task<(FakePayload? Payload, FakeResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType) && request.ContentLength is null or 0)
        {
            return (Empty, null);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return (null, ContentTypeError());
        }

        if (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return TryParse(text, out var json) ? (new FakePayload(json, [], null), null) : (null, InvalidJson());
        }

        if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipartAsync(request, HeaderUtilities.RemoveQuotes(mediaType.Boundary).ToString(), cancellationToken);
        }

        return (null, ContentTypeError());
    }

    private static async Task<(FakePayload?, FakeResult?)> ReadMultipartAsync(HttpRequest request, string boundary, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, request.Body);
        string? payloadJson = null;
        string? payloadType = null;
        var files = new List<FakeAttachment>();
        var errors = new FakeFormErrors();
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            var disposition = section.ContentDisposition ?? string.Empty;
            var parsed = ContentDispositionHeaderValue.TryParse(disposition, out var value) ? value : null;
            var name = HeaderUtilities.RemoveQuotes(parsed?.Name ?? default).ToString();
            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer, cancellationToken);
            if (name == "payload_json")
            {
                payloadJson = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
                payloadType = section.ContentType;
                continue;
            }

            var match = FilePart().Match(name);
            var fileName = HeaderUtilities.RemoveQuotes(parsed?.FileName ?? default).ToString();
            if (!match.Success || fileName.Length == 0)
            {
                errors.Add("BASE_TYPE_REQUIRED", "Each file part needs a files[n] name and a filename.", name.Length == 0 ? "files" : name);
                continue;
            }

            files.Add(new FakeAttachment(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                fileName, section.ContentType, (int)buffer.Length, disposition));
        }

        if (payloadJson is null)
        {
            errors.Add("BASE_TYPE_REQUIRED", "This field is required", "payload_json");
            return (null, errors.ToResult());
        }

        if (!TryParse(payloadJson, out var json))
        {
            return (null, InvalidJson());
        }

        CheckAttachments(json as JsonObject, files, errors);
        return errors.Any ? (null, errors.ToResult()) : (new FakePayload(json, files, payloadType), null);
    }

    // Every files[n] part must be described by an attachments entry with id n (under `data` for callbacks).
    private static void CheckAttachments(JsonObject? payload, List<FakeAttachment> files, FakeFormErrors errors)
    {
        var attachments = payload?["attachments"] as JsonArray ?? payload?["data"]?["attachments"] as JsonArray ?? [];
        var ids = attachments
            .Select(a => a?["id"]?.ToJsonString().Trim('"'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !ids.Contains(f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            errors.Add("ATTACHMENT_NOT_FOUND", $"files[{file.Index}] has no matching attachments[].id", "attachments");
        }
    }

    private static bool TryParse(string text, out JsonNode? json)
    {
        try
        {
            json = JsonNode.Parse(text);
            return json is not null;
        }
        catch (JsonException)
        {
            json = null;
            return false;
        }
    }

    private static FakeResult InvalidJson() => FakeResult.Error(400, 50109, "The request body contains invalid JSON.");

    private static FakeResult ContentTypeError()
    {
        var errors = new FakeFormErrors();
        errors.Add("CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json', 'multipart/form-data'}.");
        return errors.ToResult();
    }

    [GeneratedRegex(@"^files\[(\d+)\]$")]
    private static partial Regex FilePart();
}
