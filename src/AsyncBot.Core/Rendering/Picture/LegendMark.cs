namespace AsyncBot.Core.Rendering.Picture;

/// <summary>The symbol before a legend entry.</summary>
internal enum LegendMark
{
    /// <summary>A swatch of the finished colour.</summary>
    Finished,

    /// <summary>A swatch of the done-but-not-yet-awaited tint.</summary>
    Waiting,

    /// <summary>A swatch of the cancelled colour.</summary>
    Cancelled,

    /// <summary>A swatch of the failed colour.</summary>
    Failed,

    /// <summary>A short piece of the faint dashed line.</summary>
    SequentialLine,
}
