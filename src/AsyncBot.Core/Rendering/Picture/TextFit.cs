using SkiaSharp;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>Shortens text with an ellipsis until it fits a width, so no label runs into the next one.</summary>
internal static class TextFit
{
    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> itself when it fits <paramref name="maxWidth"/>, else its longest prefix plus an ellipsis that does.</summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        // Binary search on the prefix length: names are short, but a failed run's error text need not be.
        int low = 0, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (font.MeasureText(string.Concat(text.AsSpan(0, mid), Ellipsis)) <= maxWidth)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return string.Concat(text.AsSpan(0, low).TrimEnd(), Ellipsis);
    }
}
