using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Race;

/// <summary>Validates <see cref="RaceOptions"/> at start-up, naming the configuration key of each failure.</summary>
public sealed class RaceOptionsValidator : IValidateOptions<RaceOptions>
{
    private readonly RaceOptionsAnnotationsValidator _annotations = new();

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RaceOptions options) =>
        OptionsFailures.Prefixed(RaceOptions.SectionName, _annotations.Validate(name, options));
}
