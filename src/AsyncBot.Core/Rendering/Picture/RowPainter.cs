using AsyncBot.Core.Race;
using SkiaSharp;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>Draws the rows: names at the left, one bar per task from its start to its end, the label after it.</summary>
internal sealed class RowPainter(ChartLayout layout, ChartInk ink)
{
    /// <summary>The bar's share of its row's height; the rest is air between rows.</summary>
    private const float BarShare = 0.62f;

    /// <summary>A task that took no measurable time still gets a visible sliver.</summary>
    private const float MinBarWidth = 3;

    private const float LabelGap = 6;

    public void Paint(SKCanvas canvas)
    {
        foreach (var row in layout.Rows)
        {
            switch (row.Kind)
            {
                case ChartRowKind.Heading:
                    canvas.DrawText(row.Text, ChartLayout.NameLeft, Baseline(row, ink.Heading), SKTextAlign.Left, ink.Heading, ink.Fill(ChartPalette.Text));
                    break;
                case ChartRowKind.More:
                    canvas.DrawText(row.Text, ChartLayout.NameLeft, Baseline(row, ink.Small), SKTextAlign.Left, ink.Small, ink.Fill(ChartPalette.MutedText));
                    break;
                default:
                    PaintTask(canvas, row);
                    break;
            }
        }
    }

    private void PaintTask(SKCanvas canvas, ChartRow row)
    {
        var task = row.Task;
        var baseline = Baseline(row, ink.Text);
        canvas.DrawText(row.Text, ChartLayout.NameLeft, baseline, SKTextAlign.Left, ink.Text, ink.Fill(ChartPalette.Text));
        if (task.Started is not { } started)
        {
            canvas.DrawText(row.Label, layout.PlotLeft + LabelGap, baseline, SKTextAlign.Left, ink.Text, ink.Fill(ChartPalette.MutedText));
            return;
        }

        var barHeight = row.Height * BarShare;
        var left = layout.X(started);
        var right = Math.Max(layout.X(task.Ended ?? row.SectionEnd), left + MinBarWidth);
        var bar = new SKRect(left, row.Middle - (barHeight / 2), right, row.Middle + (barHeight / 2));
        canvas.DrawRoundRect(bar, 3, 3, ink.Fill(ChartPalette.For(task.Outcome)));

        var labelX = right;
        if (layout.HasWaitingTail(task))
        {
            // Finished, but not reported until awaited: a thin tail to the moment it was.
            var reported = layout.X(task.Reported!.Value);
            var tail = new SKRect(right, row.Middle - (barHeight / 6), reported, row.Middle + (barHeight / 6));
            canvas.DrawRect(tail, ink.Fill(ChartPalette.Waiting));
            canvas.DrawRect(new SKRect(reported - 2, row.Middle - (barHeight / 3), reported, row.Middle + (barHeight / 3)), ink.Fill(ChartPalette.Waiting));
            labelX = reported;
        }

        canvas.DrawText(row.Label, labelX + LabelGap, baseline, SKTextAlign.Left, ink.Text, ink.Fill(ChartPalette.Text));
    }

    /// <summary>The baseline that centres capital letters of <paramref name="font"/> on the row.</summary>
    private static float Baseline(ChartRow row, SKFont font) => row.Middle + (font.Metrics.CapHeight / 2);
}
