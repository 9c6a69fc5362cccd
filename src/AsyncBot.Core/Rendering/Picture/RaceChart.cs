using System.Buffers;
using System.Runtime.InteropServices;
using AsyncBot.Core.Race;
using SkiaSharp;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>
/// A finished run as a PNG Gantt chart: one bar per task from its start to its end, coloured by outcome, on a time
/// axis in seconds, with the sequential total as a faint dashed line and a title naming the mode and the speedup.
/// Text is drawn with an embedded font, so the picture is the same on a bare container as on a desktop.
/// </summary>
public static class RaceChart
{
    /// <summary>The name the picture goes by as an attachment.</summary>
    public const string FileName = "timeline.png";

    /// <summary>The picture's MIME type.</summary>
    public const string ContentType = "image/png";

    /// <summary>
    /// Draws <paramref name="result"/> and encodes it as PNG: 1000 pixels wide, as tall as its rows need (at most
    /// <see cref="ChartLayout.MaxRowsPerSection"/> task rows per run or compare leg; the rest are counted). Call it
    /// once a run is over: it takes about a millisecond of CPU and draws into a pooled buffer of the whole picture.
    /// </summary>
    /// <exception cref="InvalidOperationException">Skia could not make a surface or encode the picture.</exception>
    public static byte[] RenderPng(RaceResult result)
    {
        var layout = ChartLayout.For(result);

        // Opaque (the painter clears to a solid background), so the drawn pixels are already what PNG stores: no
        // unpremultiplying pass, which cost more than drawing the chart.
        var info = new SKImageInfo(ChartLayout.Width, layout.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);

        // Drawn into a pooled buffer rather than a surface of Skia's own: a megabyte malloc'ed and freed per run, on
        // whichever thread-pool thread, left the native heap tens of MB larger under a burst of runs.
        var pixels = ArrayPool<byte>.Shared.Rent(info.BytesSize);
        var pin = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            using (var surface = SKSurface.Create(info, pin.AddrOfPinnedObject(), info.RowBytes)
                ?? throw new InvalidOperationException("Skia could not create a drawing surface."))
            using (var painter = new ChartPainter(layout))
            {
                painter.Paint(surface.Canvas);
            }

            return PngWriter.Encode(pixels.AsSpan(0, info.BytesSize), info.Width, info.Height, info.RowBytes);
        }
        finally
        {
            pin.Free();
            ArrayPool<byte>.Shared.Return(pixels);
        }
    }
}
