using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AsyncBot.Playground.Web;

/// <summary>
/// The page's HTML, CSS and JavaScript, embedded in the assembly (so the single AOT binary carries them) and read
/// once. Served with an ETag, so a reload costs a 304.
/// </summary>
internal sealed class PlaygroundAssets
{
    private const string Prefix = "AsyncBot.Playground.wwwroot.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal);

    public PlaygroundAssets()
    {
        var assembly = typeof(PlaygroundAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var fileName = resource[Prefix.Length..];
            var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
            _assets[fileName] = new Asset(bytes, ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream"), tag);
        }
    }

    /// <summary>Serves one embedded file, or 404.</summary>
    public Results<FileContentHttpResult, NotFound> Serve(HttpContext context, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_assets.TryGetValue(fileName, out var asset))
        {
            return TypedResults.NotFound();
        }

        // Revalidate every time: the files change with the binary, and a 304 is cheap.
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.File(asset.Bytes, asset.ContentType, entityTag: asset.Tag);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, EntityTagHeaderValue Tag);
}
