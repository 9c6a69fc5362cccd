using AsyncBot.Core.Rendering.Picture;

namespace AsyncBot.Core.Tests.Rendering.Picture;

public sealed class TextFitTests
{
    [Fact]
    public void Fit_ShortText_IsLeftAlone()
    {
        using var font = ChartFonts.Create(ChartFonts.Regular, 14);

        Assert.Equal("Task_01", TextFit.Fit("Task_01", font, 200));
    }

    [Fact]
    public void Fit_LongText_IsCutWithAnEllipsisToTheWidth()
    {
        using var font = ChartFonts.Create(ChartFonts.Regular, 14);
        const string Name = "A_very_long_task_name_of_32_char";

        var fitted = TextFit.Fit(Name, font, 120);

        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.StartsWith(fitted[..^1], Name, StringComparison.Ordinal);
        Assert.True(font.MeasureText(fitted) <= 120);
        Assert.True(font.MeasureText(Name[..fitted.Length] + "…") > 120, "cut more than needed");
    }
}
