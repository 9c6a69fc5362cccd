using System.Diagnostics.CodeAnalysis;

namespace AsyncBot.Core.Race;

/// <summary>The wire names of <see cref="RaceWork"/>, as slash-command choices and console flags spell them.</summary>
public static class RaceWorkNames
{
    /// <summary>Every work kind's name, in <see cref="RaceWork"/> order (parsing relies on that).</summary>
    public static IReadOnlyList<string> All { get; } = ["delay", "blocking", "cpu"];

    /// <summary>The wire name of <paramref name="work"/>, e.g. <c>blocking</c>.</summary>
    public static string Name(RaceWork work) => work switch
    {
        RaceWork.Delay => "delay",
        RaceWork.Blocking => "blocking",
        RaceWork.Cpu => "cpu",
        _ => throw new ArgumentOutOfRangeException(nameof(work), work, "Unknown race work."),
    };

    /// <summary>
    /// Reads a work name, ignoring case and surrounding whitespace; empty or missing means <see cref="RaceWork.Delay"/>,
    /// the contract's default.
    /// </summary>
    /// <param name="text">What the user gave.</param>
    /// <param name="work">The work kind when valid.</param>
    /// <param name="error">When not valid: what is wrong, listing the valid names.</param>
    public static bool TryParse(string? text, out RaceWork work, [NotNullWhen(false)] out string? error)
    {
        work = RaceWork.Delay;
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
                work = (RaceWork)i;
                return true;
            }
        }

        error = $"{InputQuote.Quote(trimmed)} is not a kind of work — use one of {string.Join(", ", All)}";
        return false;
    }
}
