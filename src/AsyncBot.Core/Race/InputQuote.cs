using System.Text;

namespace AsyncBot.Core.Race;

/// <summary>
/// Quotes a piece of user input for an error message: shortened, so a pasted novel does not come back as a
/// 2000-character reply, and with control characters replaced, so it cannot break the message's layout.
/// </summary>
internal static class InputQuote
{
    /// <summary>Longest input echoed back before it is cut with an ellipsis.</summary>
    public const int MaxEchoedChars = 40;

    public static string Quote(ReadOnlySpan<char> input)
    {
        var shown = input.Length > MaxEchoedChars ? input[..MaxEchoedChars] : input;
        var builder = new StringBuilder(shown.Length + 3);
        builder.Append('"');
        foreach (var c in shown)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        if (input.Length > MaxEchoedChars)
        {
            builder.Append('…');
        }

        return builder.Append('"').ToString();
    }
}
