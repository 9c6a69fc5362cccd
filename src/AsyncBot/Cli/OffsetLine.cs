using System.Globalization;

namespace AsyncBot.Cli;

/// <summary>The console's event line: <c>[+2.00s] Task A: Finished after 2 sec</c>.</summary>
internal static class OffsetLine
{
    public static string Format(TimeSpan offset, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"[+{offset.TotalSeconds:0.00}s] {text}");
}
