using System.Diagnostics.CodeAnalysis;

namespace AsyncBot.Core.Race;

/// <summary>The wire names of <see cref="RaceMode"/>, as slash-command choices and console flags spell them.</summary>
public static class RaceModeNames
{
    /// <summary>Every mode's name, in <see cref="RaceMode"/> order (parsing relies on that).</summary>
    public static IReadOnlyList<string> All { get; } = ["gather", "sequential", "ordered", "as-completed", "compare"];

    /// <summary>The wire name of <paramref name="mode"/>, e.g. <c>as-completed</c>.</summary>
    public static string Name(RaceMode mode) => mode switch
    {
        RaceMode.Gather => "gather",
        RaceMode.Sequential => "sequential",
        RaceMode.Ordered => "ordered",
        RaceMode.AsCompleted => "as-completed",
        RaceMode.Compare => "compare",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown race mode."),
    };

    /// <summary>
    /// Reads a mode name, ignoring case and surrounding whitespace; empty or missing means <see cref="RaceMode.Gather"/>,
    /// the contract's default.
    /// </summary>
    /// <param name="text">What the user gave.</param>
    /// <param name="mode">The mode when valid.</param>
    /// <param name="error">When not valid: what is wrong, listing the valid names.</param>
    public static bool TryParse(string? text, out RaceMode mode, [NotNullWhen(false)] out string? error)
    {
        mode = RaceMode.Gather;
        error = null;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        for (var i = 0; i < All.Count; i++)
        {
            if (trimmed.Equals(All[i], StringComparison.OrdinalIgnoreCase))
            {
                mode = (RaceMode)i;
                return true;
            }
        }

        error = $"{InputQuote.Quote(trimmed)} is not a mode — use one of {string.Join(", ", All)}";
        return false;
    }
}
