using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Validates <see cref="FetchOptions"/> at start-up through the source-generated DataAnnotations validator and
/// prefixes every failure with its configuration key (<c>Fetch:MaxUrls: …</c>), so an operator knows what to fix.
/// </summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    private readonly FetchOptionsAnnotationsValidator _annotations = new();

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FetchOptions options) =>
        OptionsFailures.Prefixed(FetchOptions.SectionName, _annotations.Validate(name, options));
}
