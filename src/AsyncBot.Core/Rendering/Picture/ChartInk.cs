using SkiaSharp;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>The fonts and paints of one drawing, created once and disposed together.</summary>
internal sealed class ChartInk : IDisposable
{
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly SKPaint _dashed = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
    private readonly SKPathEffect _dash = SKPathEffect.CreateDash([6, 4], 0);

    public ChartInk()
    {
        _dashed.PathEffect = _dash;
    }

    /// <summary>Bold, for the title.</summary>
    public SKFont Title { get; } = ChartFonts.Create(ChartFonts.Bold, ChartLayout.TitleSize);

    /// <summary>Bold, for a compare leg's heading.</summary>
    public SKFont Heading { get; } = ChartFonts.Create(ChartFonts.Bold, ChartLayout.TextSize);

    /// <summary>Names, labels, the subtitle.</summary>
    public SKFont Text { get; } = ChartFonts.Create(ChartFonts.Regular, ChartLayout.TextSize);

    /// <summary>Axis labels and the legend.</summary>
    public SKFont Small { get; } = ChartFonts.Create(ChartFonts.Regular, ChartLayout.SmallSize);

    /// <summary>A solid fill of <paramref name="colour"/> (the same paint object, recoloured: draw with it at once).</summary>
    public SKPaint Fill(SKColor colour)
    {
        _fill.Color = colour;
        return _fill;
    }

    /// <summary>A solid line of <paramref name="colour"/> and <paramref name="width"/> pixels.</summary>
    public SKPaint Stroke(SKColor colour, float width)
    {
        _stroke.Color = colour;
        _stroke.StrokeWidth = width;
        return _stroke;
    }

    /// <summary>A two-pixel dashed line of <paramref name="colour"/>.</summary>
    public SKPaint Dashed(SKColor colour)
    {
        _dashed.Color = colour;
        return _dashed;
    }

    public void Dispose()
    {
        _fill.Dispose();
        _stroke.Dispose();
        _dashed.Dispose();
        _dash.Dispose();
        Title.Dispose();
        Heading.Dispose();
        Text.Dispose();
        Small.Dispose();
    }
}
