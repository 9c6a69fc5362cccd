using System.Diagnostics.CodeAnalysis;

namespace AsyncBot.Core.Race;

/// <summary>The wire names of <see cref="RaceWork"/>, as slash-command choices and console flags spell them.</summary>
public static class RaceWorkNames
{
    /// <summary>Every work kind's name, in <see cref="RaceWork"/> order (parsing relies on that).</summary>
    public static IReadOnlyList<string> All { get; } = ["delay", "blocking", "cpu"];

    /// <summary>The wire name of <paramref name="work"/>, e.g. <c>blocking</c>.</summary>
    public static string Name(RaceWork work) => ChoiceNames.NameOf(All, (int)work, nameof(work));

    /// <summary>
    /// Reads a work name, ignoring case and surrounding whitespace; empty or missing means <see cref="RaceWork.Delay"/>,
    /// the documented default (docs/commands.md).
    /// </summary>
    /// <param name="text">What the user gave.</param>
    /// <param name="work">The work kind when valid.</param>
    /// <param name="error">When not valid: what is wrong, listing the valid names.</param>
    public static bool TryParse(string? text, out RaceWork work, [NotNullWhen(false)] out string? error)
    {
        if (ChoiceNames.TryFind(text, All, out var index))
        {
            work = index < 0 ? RaceWork.Delay : (RaceWork)index;
            error = null;
            return true;
        }

        work = RaceWork.Delay;
        error = $"{InputQuote.Quote(text.AsSpan().Trim())} is not a kind of work — use one of {string.Join(", ", All)}";
        return false;
    }
}
