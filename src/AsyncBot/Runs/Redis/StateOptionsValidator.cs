using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AsyncBot.Runs.Redis;

/// <summary>Checks <see cref="StateOptions"/> at start, naming the key that is wrong.</summary>
internal sealed class StateOptionsValidator : IValidateOptions<StateOptions>
{
    public ValidateOptionsResult Validate(string? name, StateOptions options)
    {
        if (!options.UsesRedis)
        {
            // In memory: the other keys are never read, so a stale value must not stop the bot.
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        try
        {
            _ = ConfigurationOptions.Parse(options.Redis!);
        }
        catch (ArgumentException e)
        {
            // The parser's message names the bad option, never the password.
            failures.Add($"State:Redis is not a valid connection string: {e.Message}");
        }

        if (string.IsNullOrWhiteSpace(options.KeyPrefix) || options.KeyPrefix.AsSpan().ContainsAny('{', '}'))
        {
            failures.Add("State:KeyPrefix must not be empty or hold '{' or '}' (the keys use a hash tag).");
        }

        if (options.RenewSeconds < 1)
        {
            failures.Add($"State:RenewSeconds must be at least 1 (got {options.RenewSeconds}).");
        }

        if (options.LeaseSeconds < 3 * options.RenewSeconds)
        {
            failures.Add($"State:LeaseSeconds ({options.LeaseSeconds}) must be at least three times State:RenewSeconds ({options.RenewSeconds}), so two late renewals in a row do not free a live run.");
        }

        if (options.SweepSeconds < 1 || options.SweepSeconds > options.LeaseSeconds)
        {
            failures.Add($"State:SweepSeconds must be from 1 to State:LeaseSeconds ({options.LeaseSeconds}) (got {options.SweepSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
