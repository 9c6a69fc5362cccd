using Microsoft.Extensions.Options;

namespace AsyncBot.History;

/// <summary>Checks <see cref="HistoryOptions"/> at start, naming the key that is wrong.</summary>
internal sealed class HistoryOptionsValidator : IValidateOptions<HistoryOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryOptions options)
    {
        if (!options.Enabled)
        {
            // Switched off: the other keys are never read, so a stale value must not stop the bot.
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!TryParseProvider(options.Provider, out _))
        {
            failures.Add($"History:Provider must be Sqlite or Postgres (got '{options.Provider}').");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("History:ConnectionString must not be empty (or set History:Enabled=false).");
        }

        if (options.KeepDays < 1)
        {
            failures.Add($"History:KeepDays must be at least 1 (got {options.KeepDays}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Case-insensitive, and only the two names: <c>Enum.TryParse</c> would also take "1".</summary>
    public static bool TryParseProvider(string? text, out HistoryProvider provider)
    {
        foreach (var candidate in Enum.GetValues<HistoryProvider>())
        {
            if (string.Equals(text?.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                provider = candidate;
                return true;
            }
        }

        provider = default;
        return false;
    }
}
