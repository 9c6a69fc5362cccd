using AsyncBot.Core.Race;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>One horizontal band of the chart, placed.</summary>
/// <param name="Kind">What it holds.</param>
/// <param name="Top">Its top edge in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Text">The name (shortened to fit), heading or count shown at its left.</param>
internal sealed record ChartRow(ChartRowKind Kind, float Top, float Height, string Text)
{
    /// <summary>For a task row: the task, offsets measured from its leg's start.</summary>
    public RaceTaskResult Task { get; init; }

    /// <summary>For a task row: what follows the bar.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>For a task row: where its leg ended, for a bar that started but never recorded an end.</summary>
    public TimeSpan SectionEnd { get; init; }

    /// <summary>Shaded, every other task row.</summary>
    public bool Striped { get; init; }

    /// <summary>The vertical centre, where the bar sits.</summary>
    public float Middle => Top + (Height / 2);
}
