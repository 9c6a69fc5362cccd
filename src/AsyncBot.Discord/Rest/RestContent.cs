using System.Net.Http.Headers;
using System.Security.Cryptography;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Discord.Rest;

/// <summary>Builds request bodies in the exact shapes Discord documents (see <c>followup-multipart.txt</c>).</summary>
internal static class RestContent
{
    private const string BoundaryAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static HttpContent Json(byte[] json)
    {
        var content = new ByteArrayContent(json);

        // No charset parameter: Discord documents plain application/json.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static HttpContent Multipart(byte[] payloadJson, IReadOnlyList<FileAttachment> files)
    {
        var boundary = "AsyncBotFormBoundary" + RandomNumberGenerator.GetString(BoundaryAlphabet, 16);
        var form = new MultipartContent("form-data", boundary);

        // MultipartContent quotes the boundary; Discord's examples do not, and the value needs no quoting.
        form.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data")
        {
            Parameters = { new NameValueHeaderValue("boundary", boundary) },
        };

        var payload = new ByteArrayContent(payloadJson);
        payload.Headers.ContentDisposition = Disposition("payload_json", null);
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(payload);

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var part = new ReadOnlyMemoryContent(file.Content);
            part.Headers.ContentDisposition = Disposition($"files[{i}]", file.FileName);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            form.Add(part);
        }

        return form;
    }

    // Set by hand so names are quoted and no filename* parameter is added (MultipartFormDataContent does both differently).
    private static ContentDispositionHeaderValue Disposition(string name, string? fileName) =>
        new("form-data") { Name = Quote(name), FileName = fileName is null ? null : Quote(fileName) };

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
