using SkiaSharp;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>
/// Draws a <see cref="ChartLayout"/>, back to front: background and header, row stripes, grid, the faint
/// sequential-total line, then the rows (see <see cref="RowPainter"/>) and the time axis. Bars come after the
/// lines so each bar's inside is its outcome colour and nothing else.
/// </summary>
internal sealed class ChartPainter : IDisposable
{
    private const float TitleBaseline = 40;
    private const float SubtitleBaseline = 64;
    private const float LegendBaseline = 90;

    private readonly ChartLayout _layout;
    private readonly ChartInk _ink = new();

    public ChartPainter(ChartLayout layout)
    {
        _layout = layout;
    }

    public void Paint(SKCanvas canvas)
    {
        canvas.Clear(ChartPalette.Background);
        canvas.DrawText(_layout.Title, ChartLayout.Margin, TitleBaseline, SKTextAlign.Left, _ink.Title, _ink.Fill(ChartPalette.Text));
        canvas.DrawText(_layout.Subtitle, ChartLayout.Margin, SubtitleBaseline, SKTextAlign.Left, _ink.Text, _ink.Fill(ChartPalette.MutedText));
        PaintLegend(canvas);
        PaintStripes(canvas);
        PaintGrid(canvas);
        if (_layout.SequentialX is { } sequentialX)
        {
            canvas.DrawLine(sequentialX, ChartLayout.PlotTop - 4, sequentialX, _layout.PlotBottom, _ink.Dashed(ChartPalette.Sequential));
        }

        new RowPainter(_layout, _ink).Paint(canvas);
        PaintAxis(canvas);
    }

    public void Dispose() => _ink.Dispose();

    private void PaintLegend(SKCanvas canvas)
    {
        var x = ChartLayout.Margin;
        foreach (var (mark, text) in _layout.Legend)
        {
            if (mark == LegendMark.SequentialLine)
            {
                canvas.DrawLine(x, LegendBaseline - 5, x + 22, LegendBaseline - 5, _ink.Dashed(ChartPalette.Sequential));
                x += 22;
            }
            else
            {
                var colour = mark switch
                {
                    LegendMark.Waiting => ChartPalette.Waiting,
                    LegendMark.Cancelled => ChartPalette.Cancelled,
                    LegendMark.Failed => ChartPalette.Failed,
                    _ => ChartPalette.Finished,
                };
                canvas.DrawRoundRect(SKRect.Create(x, LegendBaseline - 11, 16, 12), 2, 2, _ink.Fill(colour));
                x += 16;
            }

            x += 6;
            canvas.DrawText(text, x, LegendBaseline, SKTextAlign.Left, _ink.Small, _ink.Fill(ChartPalette.Text));
            x += _ink.Small.MeasureText(text) + 22;
        }
    }

    private void PaintStripes(SKCanvas canvas)
    {
        foreach (var row in _layout.Rows)
        {
            if (row.Striped)
            {
                var rect = new SKRect(ChartLayout.Margin / 2, row.Top, ChartLayout.Width - (ChartLayout.Margin / 2), row.Top + row.Height);
                canvas.DrawRect(rect, _ink.Fill(ChartPalette.Stripe));
            }
        }
    }

    private void PaintGrid(SKCanvas canvas)
    {
        foreach (var tick in _layout.Axis.Ticks())
        {
            var x = Crisp(_layout.X(TimeSpan.FromSeconds(tick)));
            canvas.DrawLine(x, ChartLayout.PlotTop, x, _layout.PlotBottom, _ink.Stroke(ChartPalette.Grid, 1));
        }
    }

    private void PaintAxis(SKCanvas canvas)
    {
        var y = Crisp(_layout.PlotBottom);
        canvas.DrawLine(_layout.PlotLeft, y, _layout.PlotRight, y, _ink.Stroke(ChartPalette.Axis, 1));
        foreach (var tick in _layout.Axis.Ticks())
        {
            var x = Crisp(_layout.X(TimeSpan.FromSeconds(tick)));
            canvas.DrawLine(x, y, x, y + 5, _ink.Stroke(ChartPalette.Axis, 1));
            canvas.DrawText(SecondsText.Plain(tick), x, y + 20, SKTextAlign.Center, _ink.Small, _ink.Fill(ChartPalette.MutedText));
        }

        var caption = _layout.Result.Mode == Race.RaceMode.Compare ? "seconds from the start of each leg" : "seconds from the start";
        canvas.DrawText(caption, (_layout.PlotLeft + _layout.PlotRight) / 2, y + 42, SKTextAlign.Center, _ink.Small, _ink.Fill(ChartPalette.MutedText));
    }

    /// <summary>Centres a one-pixel line on a pixel so it is drawn sharp, not smeared over two.</summary>
    private static float Crisp(float coordinate) => MathF.Round(coordinate) + 0.5f;
}
