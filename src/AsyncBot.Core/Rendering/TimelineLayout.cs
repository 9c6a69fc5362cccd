using System.Globalization;
using System.Text;
using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering;

/// <summary>Draws one candidate timeline at a fixed bar width, row count and name width.</summary>
internal sealed class TimelineLayout(RaceResult result, TimeSpan axisEnd, int width, int maxRows, int nameWidth)
{
    private const char Running = '#';
    private const char Waiting = '.';
    private const char CancelMark = 'x';
    private const int AxisTicks = 4;

    private bool _usedWaiting;
    private bool _usedCancel;

    public string Draw(RaceResult[] sections)
    {
        var text = new StringBuilder();
        text.Append(RaceModeNames.Name(result.Mode))
            .Append(CultureInfo.InvariantCulture, $" · 0 to {SecondsText.Fixed(axisEnd)} s · one column = ")
            .Append(SecondsText.Plain(Math.Round(axisEnd.TotalSeconds / width, 3)))
            .Append(" s\n");
        foreach (var section in sections)
        {
            if (sections.Length > 1)
            {
                text.Append(RaceModeNames.Name(section.Mode)).Append(" — ").Append(SecondsText.Fixed(section.Elapsed)).Append(" s\n");
            }

            DrawRows(text, section);
        }

        DrawAxis(text);
        if (_usedWaiting || _usedCancel)
        {
            text.Append("# running");
            text.Append(_usedWaiting ? "  . done, not yet awaited" : string.Empty);
            text.Append(_usedCancel ? "  x cancelled" : string.Empty);
            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private void DrawRows(StringBuilder text, RaceResult section)
    {
        var tasks = section.Tasks;
        var shown = Math.Min(tasks.Length, maxRows);
        for (var i = 0; i < shown; i++)
        {
            var task = tasks[i];
            var name = task.Name.Length > nameWidth ? task.Name[..(nameWidth - 1)] + "~" : task.Name;
            text.Append(name.PadRight(nameWidth)).Append(" |");
            DrawBar(text, task);
            text.Append("| ").Append(Label(task)).Append('\n');
        }

        if (tasks.Length > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"… {tasks.Length - shown:N0} more\n");
        }
    }

    private void DrawBar(StringBuilder text, in RaceTaskResult task)
    {
        var cells = new char[width];
        Array.Fill(cells, ' ');
        if (task.Started is { } started && task.Ended is { } ended)
        {
            var from = Math.Min(Column(started), width - 1);
            var to = Math.Clamp(Column(ended), from + 1, width);
            cells.AsSpan(from, to - from).Fill(Running);
            if (task.Outcome is RaceTaskOutcome.Cancelled or RaceTaskOutcome.Failed)
            {
                cells[to - 1] = CancelMark;
                _usedCancel = true;
            }
            else if (task.Reported is { } reported && Column(reported) > to)
            {
                cells.AsSpan(to, Math.Min(Column(reported), width) - to).Fill(Waiting);
                _usedWaiting = true;
            }
        }

        text.Append(cells);
    }

    private static string Label(in RaceTaskResult task) => task.Outcome switch
    {
        RaceTaskOutcome.Finished => SecondsText.Fixed(task.Ended!.Value) + " s",
        RaceTaskOutcome.Cancelled => "cancelled " + SecondsText.Fixed(task.Ended!.Value) + " s",
        RaceTaskOutcome.Failed => "failed",
        _ => "not started",
    };

    private void DrawAxis(StringBuilder text)
    {
        var axis = new char[width];
        Array.Fill(axis, '-');
        var labels = new StringBuilder(new string(' ', nameWidth + 1));
        for (var k = 0; k <= AxisTicks; k++)
        {
            var boundary = (int)Math.Round((double)k * width / AxisTicks);
            if (k > 0 && k < AxisTicks)
            {
                axis[boundary - 1] = '+';
            }

            var label = SecondsText.Plain(Math.Round(axisEnd.TotalSeconds * k / AxisTicks, 2)) + (k == AxisTicks ? " s" : string.Empty);
            var column = nameWidth + 1 + boundary;
            if (k == 0 || column > labels.Length)
            {
                labels.Append(' ', column - labels.Length).Append(label);
            }
        }

        text.Append(' ', nameWidth).Append(" +").Append(axis).Append("+\n");
        text.Append(labels).Append('\n');
    }

    private int Column(TimeSpan offset) => (int)Math.Round(offset / axisEnd * width);
}
