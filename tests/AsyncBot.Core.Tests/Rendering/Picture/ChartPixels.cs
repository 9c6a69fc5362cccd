using AsyncBot.Core.Rendering.Picture;
using SkiaSharp;

namespace AsyncBot.Core.Tests.Rendering.Picture;

/// <summary>A rendered chart decoded back into pixels, read the way a person reads it: along each row.</summary>
internal sealed class ChartPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    private ChartPixels(SKBitmap bitmap, ChartLayout layout)
    {
        _bitmap = bitmap;
        Layout = layout;
    }

    public ChartLayout Layout { get; }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    /// <summary>Renders <paramref name="result"/> through the public API and decodes the PNG it returns.</summary>
    public static ChartPixels Render(Core.Race.RaceResult result)
    {
        var png = RaceChart.RenderPng(result);
        Assert.True(png.AsSpan().StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG signature");
        var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        return new ChartPixels(bitmap, ChartLayout.For(result));
    }

    public SKColor At(float x, float y) => _bitmap.GetPixel((int)x, (int)y);

    /// <summary>
    /// The first and last pixel columns of the plot, on the row's middle line, whose colour is <paramref name="colour"/>,
    /// or null if there is none.
    /// </summary>
    public (int First, int Last)? Span(ChartRow row, SKColor colour)
    {
        var y = (int)row.Middle;
        int? first = null;
        var last = -1;
        for (var x = (int)Layout.PlotLeft - 2; x < Width; x++)
        {
            if (IsClose(_bitmap.GetPixel(x, y), colour))
            {
                first ??= x;
                last = x;
            }
        }

        return first is { } found ? (found, last) : null;
    }

    /// <summary>Where on the x axis the test itself expects <paramref name="seconds"/>, from the plot's edges and the axis end.</summary>
    public double ExpectedX(double seconds) => Layout.PlotLeft + (seconds / Layout.Axis.End * (Layout.PlotRight - Layout.PlotLeft));

    /// <summary>A pixel column's right edge read back as seconds.</summary>
    public double SecondsAt(double x) => (x - Layout.PlotLeft) / (Layout.PlotRight - Layout.PlotLeft) * Layout.Axis.End;

    public IReadOnlyList<ChartRow> TaskRows => [.. Layout.Rows.Where(r => r.Kind == ChartRowKind.Task)];

    public static bool IsClose(SKColor actual, SKColor expected) =>
        Math.Abs(actual.Red - expected.Red) <= 2 && Math.Abs(actual.Green - expected.Green) <= 2 && Math.Abs(actual.Blue - expected.Blue) <= 2;

    public void Dispose() => _bitmap.Dispose();
}
