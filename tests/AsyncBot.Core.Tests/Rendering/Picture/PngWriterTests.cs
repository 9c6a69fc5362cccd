using AsyncBot.Core.Rendering.Picture;
using SkiaSharp;

namespace AsyncBot.Core.Tests.Rendering.Picture;

public sealed class PngWriterTests
{
    [Fact]
    public void Encode_DecodesBackToTheSamePixels_IncludingTranslucentOnesAndRowPadding()
    {
        // 3 × 2 pixels, rows padded to 16 bytes: padding must not leak into the picture.
        byte[] pixels =
        [
            255, 0, 0, 255, /**/ 0, 255, 0, 255, /**/ 0, 0, 255, 255, /**/ 9, 9, 9, 9,
            10, 20, 30, 128, /**/ 255, 255, 255, 0, /**/ 1, 2, 3, 4, /**/ 9, 9, 9, 9,
        ];

        var png = PngWriter.Encode(pixels, width: 3, height: 2, rowBytes: 16);

        using var decoded = SKBitmap.Decode(png, new SKImageInfo(3, 2, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.NotNull(decoded);
        Assert.Equal((3, 2), (decoded.Width, decoded.Height));
        for (var y = 0; y < 2; y++)
        {
            for (var x = 0; x < 3; x++)
            {
                var expected = pixels.AsSpan((y * 16) + (x * 4), 4).ToArray();
                var actual = decoded.GetPixelSpan().Slice((y * decoded.RowBytes) + (x * 4), 4).ToArray();
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Encode_RowBytesShorterThanARow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PngWriter.Encode(new byte[64], width: 4, height: 2, rowBytes: 12));
    }

    [Fact]
    public void Encode_TooFewPixels_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PngWriter.Encode(new byte[20], width: 2, height: 3, rowBytes: 8));
    }

    [Fact]
    public void Encode_EndsWithTheStandardIendChunk()
    {
        // IEND has no data, so its CRC is the well-known CRC-32 of "IEND": any other polynomial or bit order differs.
        var png = PngWriter.Encode(new byte[2 * 2 * 4], width: 2, height: 2, rowBytes: 8);

        Assert.Equal([0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82], png[^12..]);
    }
}
