using AsyncBot.Discord;

namespace AsyncBot.Runs;

/// <summary>Keeps text within Discord's limits and free of markdown surprises from user input.</summary>
public static class MessageText
{
    private const string Ellipsis = "…";

    /// <summary>Truncates to the 2000-character message limit, marking the cut.</summary>
    public static string Fit(string text, int limit = DiscordLimits.MessageContentLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - Ellipsis.Length), Ellipsis);
    }

    /// <summary>Characters <see cref="CodeBlock"/> adds around its text.</summary>
    public const int CodeBlockOverhead = 8;

    /// <summary>
    /// <paramref name="text"/> in a code block, so Discord shows it monospaced and unformatted. The text must not
    /// hold a fence itself (a timeline never does).
    /// </summary>
    public static string CodeBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "```\n" + text + "\n```";
    }

    /// <summary>
    /// Escapes markdown in text a user typed (task names, URLs) so it shows as typed: <c>*</c>, <c>_</c>, <c>~</c>,
    /// <c>`</c>, <c>|</c>, <c>&gt;</c>, <c>#</c>, <c>[</c>, <c>]</c>, <c>&lt;</c>, <c>@</c> and the backslash itself.
    /// Mentions cannot ping anyway (every message sends <c>allowed_mentions.parse = []</c>).
    /// </summary>
    public static string EscapeMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']' or '<' or '@')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
