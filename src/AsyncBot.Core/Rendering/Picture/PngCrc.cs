using System.Buffers.Binary;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>
/// The CRC-32 PNG chunks end with (ISO 3309, reflected polynomial 0xEDB88320), eight bytes a step ("slicing by 8"):
/// a picture's compressed data is tens of kilobytes, and a byte at a time was a visible share of drawing it.
/// </summary>
internal static class PngCrc
{
    private static readonly uint[] Tables = BuildTables();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var tables = Tables.AsSpan();
        var crc = 0xFFFFFFFFu;
        while (data.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = tables[(7 * 256) + (int)(low & 0xFF)]
                ^ tables[(6 * 256) + (int)((low >> 8) & 0xFF)]
                ^ tables[(5 * 256) + (int)((low >> 16) & 0xFF)]
                ^ tables[(4 * 256) + (int)(low >> 24)]
                ^ tables[(3 * 256) + (int)(high & 0xFF)]
                ^ tables[(2 * 256) + (int)((high >> 8) & 0xFF)]
                ^ tables[256 + (int)((high >> 16) & 0xFF)]
                ^ tables[(int)(high >> 24)];
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = tables[(int)((crc ^ b) & 0xFF)] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildTables()
    {
        var tables = new uint[8 * 256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            tables[n] = c;
        }

        for (var n = 0; n < 256; n++)
        {
            for (var slice = 1; slice < 8; slice++)
            {
                var previous = tables[((slice - 1) * 256) + n];
                tables[(slice * 256) + n] = tables[(int)(previous & 0xFF)] ^ (previous >> 8);
            }
        }

        return tables;
    }
}
