using System.Diagnostics.CodeAnalysis;

namespace AsyncBot.Core.Race;

/// <summary>The wire names of <see cref="RaceMode"/>, as slash-command choices and console flags spell them.</summary>
public static class RaceModeNames
{
    /// <summary>Every mode's name, in <see cref="RaceMode"/> order (parsing relies on that).</summary>
    public static IReadOnlyList<string> All { get; } = ["gather", "sequential", "ordered", "as-completed", "compare"];

    /// <summary>The wire name of <paramref name="mode"/>, e.g. <c>as-completed</c>.</summary>
    public static string Name(RaceMode mode) => ChoiceNames.NameOf(All, (int)mode, nameof(mode));

    /// <summary>
    /// Reads a mode name, ignoring case and surrounding whitespace; empty or missing means <see cref="RaceMode.Gather"/>,
    /// the documented default (docs/commands.md).
    /// </summary>
    /// <param name="text">What the user gave.</param>
    /// <param name="mode">The mode when valid.</param>
    /// <param name="error">When not valid: what is wrong, listing the valid names.</param>
    public static bool TryParse(string? text, out RaceMode mode, [NotNullWhen(false)] out string? error)
    {
        if (ChoiceNames.TryFind(text, All, out var index))
        {
            mode = index < 0 ? RaceMode.Gather : (RaceMode)index;
            error = null;
            return true;
        }

        mode = RaceMode.Gather;
        error = $"{InputQuote.Quote(text.AsSpan().Trim())} is not a mode — use one of {string.Join(", ", All)}";
        return false;
    }
}
