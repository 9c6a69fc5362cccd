using Microsoft.AspNetCore.Http;

namespace AsyncBot.HttpInteractions;

/// <summary>Reads a request body whole, up to a limit, so the signature can be checked over the exact bytes.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is (or claims to be) longer than <paramref name="limit"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[Math.Max(16, request.ContentLength is { } length ? (int)length : 4096)];
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length > limit)
                    {
                        return null;
                    }

                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, limit + 1));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.AsMemory(0, filled);
                }

                filled += read;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (the same size) tripped first on a chunked body.
            return null;
        }
    }
}
