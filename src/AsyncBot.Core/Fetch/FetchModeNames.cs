namespace AsyncBot.Core.Fetch;

/// <summary>The names users type for <see cref="FetchMode"/> (<c>concurrent</c>, <c>sequential</c>, <c>compare</c>).</summary>
public static class FetchModeNames
{
    /// <summary>Every accepted name, in <see cref="FetchMode"/> order (parsing relies on that).</summary>
    public static IReadOnlyList<string> All { get; } = ["concurrent", "sequential", "compare"];

    /// <summary>The lower-case name of <paramref name="mode"/>, as used in commands and JSON.</summary>
    public static string ToName(this FetchMode mode) => ChoiceNames.NameOf(All, (int)mode, nameof(mode));

    /// <summary>Parses a mode name, ignoring case and surrounding space; null or blank means <see cref="FetchMode.Concurrent"/>.</summary>
    public static bool TryParse(string? name, out FetchMode mode)
    {
        var found = ChoiceNames.TryFind(name, All, out var index);
        mode = index < 0 ? FetchMode.Concurrent : (FetchMode)index;
        return found;
    }

    /// <summary>The error text for an unknown mode name.</summary>
    public static string UnknownModeMessage(string name) =>
        $"unknown mode '{name}' (use {string.Join(", ", All)})";
}
