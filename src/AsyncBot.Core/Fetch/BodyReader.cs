using System.Buffers;
using System.Net.Http;

namespace AsyncBot.Core.Fetch;

/// <summary>Reads a response body by streaming, counting bytes and stopping at a cap; the bytes themselves are dropped.</summary>
internal static class BodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>Reads at most <paramref name="maxBytes"/>; <c>Truncated</c> says whether the body went on past them.</summary>
    public static async Task<(long Bytes, bool Truncated)> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                long total = 0;
                while (total < maxBytes)
                {
                    var room = (int)Math.Min(ChunkSize, maxBytes - total);
                    var read = await stream.ReadAsync(buffer.AsMemory(0, room), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (total, false);
                    }

                    total += read;
                }

                if (content.Headers.ContentLength is { } length)
                {
                    return (total, length > total);
                }

                // Without a length, one more byte tells whether the body really ended at the cap.
                var more = await stream.ReadAsync(buffer.AsMemory(0, 1), cancellationToken).ConfigureAwait(false);
                return (total, more > 0);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
