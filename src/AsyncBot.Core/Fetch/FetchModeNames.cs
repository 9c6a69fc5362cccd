namespace AsyncBot.Core.Fetch;

/// <summary>The names users type for <see cref="FetchMode"/> (<c>concurrent</c>, <c>sequential</c>, <c>compare</c>).</summary>
public static class FetchModeNames
{
    /// <summary>Every accepted name, in the order the help text lists them.</summary>
    public static IReadOnlyList<string> All { get; } = ["concurrent", "sequential", "compare"];

    /// <summary>The lower-case name of <paramref name="mode"/>, as used in commands and JSON.</summary>
    public static string ToName(this FetchMode mode) => mode switch
    {
        FetchMode.Concurrent => "concurrent",
        FetchMode.Sequential => "sequential",
        FetchMode.Compare => "compare",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown fetch mode."),
    };

    /// <summary>Parses a mode name, ignoring case and surrounding space; null or blank means <see cref="FetchMode.Concurrent"/>.</summary>
    public static bool TryParse(string? name, out FetchMode mode)
    {
        mode = FetchMode.Concurrent;
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        foreach (var candidate in (FetchMode[])[FetchMode.Concurrent, FetchMode.Sequential, FetchMode.Compare])
        {
            if (string.Equals(name.Trim(), candidate.ToName(), StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The error text for an unknown mode name.</summary>
    public static string UnknownModeMessage(string name) =>
        $"unknown mode '{name}' (use {string.Join(", ", All)})";
}
