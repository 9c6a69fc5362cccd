using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace AsyncBot.Core.Race;

/// <summary>
/// Reads a task list such as <c>A:2 B:3, C:1.5</c>. Separators are any mix of whitespace and commas; whitespace
/// around a colon is forgiven (<c>A : 2</c>) because people type it that way and it cannot mean anything else.
/// Names are case-sensitive and must be unique, so every output line names exactly one task (<c>a</c> and
/// <c>A</c> are two tasks).
/// </summary>
internal static class RaceTaskListParser
{
    /// <summary>Longest list read at all, so a pasted megabyte is refused before any work is done on it.</summary>
    public const int MaxSpecChars = 8192;

    /// <summary>Longest task name, as docs/commands.md promises.</summary>
    public const int MaxNameChars = 32;

    public static bool TryParse(
        string spec,
        int maxTasks,
        double maxSeconds,
        out ImmutableArray<RaceTask> tasks,
        [NotNullWhen(false)] out string? error)
    {
        tasks = default;
        if (spec.Length > MaxSpecChars)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"The task list is too long ({spec.Length} characters, at most {MaxSpecChars}), e.g. {RacePlanParser.Example}");
            return false;
        }

        var tokens = Tokenize(spec);
        if (tokens.Count > maxTasks)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"Too many tasks: {tokens.Count} given, at most {maxTasks}, e.g. {RacePlanParser.Example}");
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<RaceTask>(tokens.Count);
        var names = new HashSet<string>(tokens.Count, StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            error = ParseToken(token, maxSeconds, out var task);
            if (error is null && !names.Add(task.Name))
            {
                error = $"{InputQuote.Quote(token)} repeats the name {task.Name} — each task needs its own name";
            }

            if (error is not null)
            {
                error += ", e.g. " + RacePlanParser.Example;
                return false;
            }

            builder.Add(task);
        }

        tasks = builder.MoveToImmutable();
        error = null;
        return true;
    }

    private static string? ParseToken(string token, double maxSeconds, out RaceTask task)
    {
        task = default;
        var quoted = InputQuote.Quote(token);
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return $"{quoted} is not name:seconds — put a colon between the name and the seconds";
        }

        if (token.IndexOf(':', colon + 1) >= 0)
        {
            return $"{quoted} is not name:seconds — it has more than one colon";
        }

        var name = token[..colon];
        var secondsText = token.AsSpan(colon + 1);
        var nameError = CheckName(name);
        if (nameError is not null)
        {
            return $"{quoted} is not name:seconds — {nameError}";
        }

        if (secondsText.IsEmpty)
        {
            return $"{quoted} is not name:seconds — the seconds are missing";
        }

        // No thousands separators or surrounding whitespace: a comma already separates tasks.
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!double.TryParse(secondsText, style, CultureInfo.InvariantCulture, out var seconds) || double.IsNaN(seconds))
        {
            return $"{quoted} is not name:seconds — seconds must be a number";
        }

        var rangeError = RaceSecondsRule.Check(seconds, maxSeconds);
        if (rangeError is not null)
        {
            return $"{quoted}: seconds {rangeError}";
        }

        task = new RaceTask(name, seconds);
        return null;
    }

    private static string? CheckName(string name)
    {
        if (name.Length == 0)
        {
            return "the name is missing";
        }

        if (name.Length > MaxNameChars)
        {
            return "a name has at most 32 characters";
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return "names use only letters, digits, _ and -";
            }
        }

        return null;
    }

    /// <summary>Splits on whitespace and commas, first gluing <c>A : 2</c> back into <c>A:2</c>.</summary>
    private static List<string> Tokenize(string spec)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < spec.Length)
        {
            var c = spec[i];
            if (char.IsWhiteSpace(c))
            {
                var end = i;
                while (end < spec.Length && char.IsWhiteSpace(spec[end]))
                {
                    end++;
                }

                var touchesColon = (current.Length > 0 && current[^1] == ':') || (end < spec.Length && spec[end] == ':');
                if (!touchesColon)
                {
                    Flush(current, tokens);
                }

                i = end;
                continue;
            }

            if (c == ',')
            {
                Flush(current, tokens);
            }
            else
            {
                current.Append(c);
            }

            i++;
        }

        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
