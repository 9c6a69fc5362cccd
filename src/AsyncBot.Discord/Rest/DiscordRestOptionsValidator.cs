using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Rest;

/// <summary>
/// Validates <see cref="DiscordRestOptions"/> at start. Written by hand: data-annotation ranges over
/// <see cref="TimeSpan"/> use type converters that are not trim-safe.
/// </summary>
internal sealed class DiscordRestOptionsValidator : IValidateOptions<DiscordRestOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DiscordRestOptions options)
    {
        var failures = new List<string>();
        Check(failures, options.UserAgentUrl is { IsAbsoluteUri: true }, nameof(options.UserAgentUrl), "must be an absolute URL");
        Check(failures, options.UserAgentVersion is null || !string.IsNullOrWhiteSpace(options.UserAgentVersion),
            nameof(options.UserAgentVersion), "must not be blank");
        Check(failures, options.MaxServerErrorRetries is >= 0 and <= 10, nameof(options.MaxServerErrorRetries), "must be 0–10");
        Check(failures, options.MaxRateLimitRetries is >= 0 and <= 10, nameof(options.MaxRateLimitRetries), "must be 0–10");
        Check(failures, options.GlobalRequestsPerSecond is >= 1 and <= 50, nameof(options.GlobalRequestsPerSecond), "must be 1–50");
        Check(failures, InRange(options.ServerErrorBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1)),
            nameof(options.ServerErrorBaseDelay), "must be 0 s–1 min");
        Check(failures, InRange(options.CloudflarePause, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)),
            nameof(options.CloudflarePause), "must be 1 s–1 h");
        Check(failures, InRange(options.RequestTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)),
            nameof(options.RequestTimeout), "must be 1 s–10 min");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool InRange(TimeSpan value, TimeSpan min, TimeSpan max) => value >= min && value <= max;

    private static void Check(List<string> failures, bool ok, string key, string rule)
    {
        if (!ok)
        {
            failures.Add($"{DiscordRestOptions.SectionName}:{key} {rule}");
        }
    }
}
