using Microsoft.Extensions.Options;

namespace AsyncBot.Discord.Gateway;

/// <summary>
/// Validates <see cref="GatewayOptions"/> at start. Hand-written rather than data annotations: TimeSpan ranges in
/// <c>RangeAttribute</c> need reflection, which this AOT-compatible library avoids.
/// </summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RecentInteractionCapacity < 16)
        {
            failures.Add($"{nameof(GatewayOptions.RecentInteractionCapacity)} must be at least 16");
        }

        CheckPositive(options.ConnectTimeout, nameof(GatewayOptions.ConnectTimeout), failures);
        CheckPositive(options.HelloTimeout, nameof(GatewayOptions.HelloTimeout), failures);
        CheckPositive(options.CloseTimeout, nameof(GatewayOptions.CloseTimeout), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPositive(TimeSpan value, string name, List<string> failures)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromHours(1))
        {
            failures.Add($"{name} must be more than zero and at most one hour");
        }
    }
}
