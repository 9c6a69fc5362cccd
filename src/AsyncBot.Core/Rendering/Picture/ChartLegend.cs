using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>The legend's entries: only the outcomes the chart shows, then the faint line.</summary>
internal static class ChartLegend
{
    /// <summary>The entries for <paramref name="layout"/>'s task rows and the run's sequential total.</summary>
    public static IReadOnlyList<(LegendMark Mark, string Text)> Build(ChartLayout layout, TimeSpan sequentialTotal, bool onAxis)
    {
        var tasks = layout.Rows.Where(r => r.Kind == ChartRowKind.Task).Select(r => r.Task).ToList();
        var legend = new List<(LegendMark, string)>();
        if (tasks.Count == 0 || tasks.Exists(t => t.Outcome == RaceTaskOutcome.Finished))
        {
            legend.Add((LegendMark.Finished, "finished"));
        }

        if (tasks.Exists(t => layout.HasWaitingTail(t)))
        {
            legend.Add((LegendMark.Waiting, "done, not yet awaited"));
        }

        if (tasks.Exists(t => t.Outcome == RaceTaskOutcome.Cancelled))
        {
            legend.Add((LegendMark.Cancelled, "cancelled"));
        }

        if (tasks.Exists(t => t.Outcome == RaceTaskOutcome.Failed))
        {
            legend.Add((LegendMark.Failed, "failed"));
        }

        if (sequentialTotal > TimeSpan.Zero)
        {
            legend.Add((LegendMark.SequentialLine, ChartText.SequentialTotal(sequentialTotal, onAxis)));
        }

        return legend;
    }
}
