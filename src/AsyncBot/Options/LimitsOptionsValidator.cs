using Microsoft.Extensions.Options;

namespace AsyncBot.Options;

/// <summary>Checks <see cref="LimitsOptions"/> at start, naming the key that is wrong.</summary>
internal sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        var failures = new List<string>();
        if (options.RunsPerUser < 1)
        {
            failures.Add($"Limits:RunsPerUser must be at least 1 (got {options.RunsPerUser}).");
        }

        if (options.RunsTotal < 1)
        {
            failures.Add($"Limits:RunsTotal must be at least 1 (got {options.RunsTotal}).");
        }
        else if (options.RunsTotal < options.RunsPerUser)
        {
            failures.Add($"Limits:RunsTotal ({options.RunsTotal}) must not be smaller than Limits:RunsPerUser ({options.RunsPerUser}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
