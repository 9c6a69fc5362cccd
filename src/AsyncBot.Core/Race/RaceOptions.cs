using System.ComponentModel.DataAnnotations;

namespace AsyncBot.Core.Race;

/// <summary>Per-run limits for <c>/race</c>, bound from the <c>Race</c> configuration section.</summary>
public sealed class RaceOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Race";

    /// <summary>
    /// Most tasks one spec may list. Default 25: every task becomes at least two Discord lines, and a channel
    /// reading 50 followups is already the edge of what a person follows; scale runs use <c>--count</c> instead.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxTasks { get; set; } = 25;

    /// <summary>
    /// Longest single task, in seconds. Default 60: long enough to watch, short enough that nobody waits. Capped at
    /// 840 because followups and edits need the interaction token, which Discord revokes after 15 minutes.
    /// </summary>
    [Range(0d, 840d, MinimumIsExclusive = true)]
    public double MaxSeconds { get; set; } = 60;

    /// <summary>
    /// Longest expected wall time of a whole run, in seconds (see <see cref="RacePlan.ExpectedDuration"/>).
    /// Default 600 (10 minutes), cap 840 (14): a sequential run takes the sum of its tasks, so 25 tasks of 60 s would
    /// outlive the 15-minute interaction token even though each task is within <see cref="MaxSeconds"/>; the default
    /// leaves room for the summary, the final edit and rate-limit waits after the last task.
    /// </summary>
    [Range(0d, 840d, MinimumIsExclusive = true)]
    public double MaxRunSeconds { get; set; } = 600;
}
