using SkiaSharp;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>
/// The chart's typefaces, loaded from fonts embedded in this assembly. Never the system's: a bare container has no
/// fontconfig and so no default typeface, and a chart should look the same wherever it is drawn.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lazy<SKTypeface> s_regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> s_bold = new(() => Load("DejaVuSans-Bold.ttf"));

    /// <summary>DejaVu Sans (a Latin subset), for labels and axes.</summary>
    public static SKTypeface Regular => s_regular.Value;

    /// <summary>DejaVu Sans Bold (a Latin subset), for the title.</summary>
    public static SKTypeface Bold => s_bold.Value;

    /// <summary>A font of <paramref name="size"/> pixels, antialiased the same way on every machine.</summary>
    public static SKFont Create(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = true, Hinting = SKFontHinting.None };

    private static SKTypeface Load(string fileName)
    {
        var name = "AsyncBot.Core.Rendering.Picture.Fonts." + fileName;
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from the build.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);

        // The typeface reads glyphs lazily from its data for as long as it lives, so it gets its own copy.
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }
}
