namespace AsyncBot.Core;

/// <summary>
/// The one way choice names (race modes and work kinds, fetch modes) map to and from their enums: a name list in
/// enum order, matched ignoring case and surrounding whitespace.
/// </summary>
internal static class ChoiceNames
{
    /// <summary>The name of the enum value <paramref name="value"/> in <paramref name="names"/>.</summary>
    public static string NameOf(IReadOnlyList<string> names, int value, string paramName) =>
        (uint)value < (uint)names.Count
            ? names[value]
            : throw new ArgumentOutOfRangeException(paramName, value, "Unknown value.");

    /// <summary>
    /// Finds <paramref name="text"/> among <paramref name="names"/>. Blank text is valid and gives index -1, meaning
    /// the caller's default; an unknown name gives false.
    /// </summary>
    public static bool TryFind(string? text, IReadOnlyList<string> names, out int index)
    {
        index = -1;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (trimmed.Equals(names[i], StringComparison.OrdinalIgnoreCase))
            {
                index = i;
                return true;
            }
        }

        return false;
    }
}
