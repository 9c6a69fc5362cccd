namespace AsyncBot.Core.Rendering.Picture;

/// <summary>What one horizontal band of the chart holds.</summary>
internal enum ChartRowKind
{
    /// <summary>A compare leg's heading.</summary>
    Heading,

    /// <summary>One task: its name, its bar, its label.</summary>
    Task,

    /// <summary>The tasks left out, counted.</summary>
    More,
}
