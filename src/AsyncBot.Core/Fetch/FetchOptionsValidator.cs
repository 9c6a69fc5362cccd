using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Validates <see cref="FetchOptions"/> at start-up through the source-generated DataAnnotations validator and
/// prefixes every failure with its configuration key (<c>Fetch:MaxUrls: …</c>), so an operator knows what to fix.
/// </summary>
/// <remarks>
/// The prefix is added here because the generator ignores <c>ErrorMessage</c> on <c>[Range]</c>
/// (dotnet/runtime#123137); its own messages name only the property.
/// </remarks>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    private readonly FetchOptionsAnnotationsValidator _annotations = new();

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var result = _annotations.Validate(name, options);
        return result.Failed
            ? ValidateOptionsResult.Fail(result.Failures!.Select(failure => $"{FetchOptions.SectionName}:{failure}"))
            : result;
    }
}
