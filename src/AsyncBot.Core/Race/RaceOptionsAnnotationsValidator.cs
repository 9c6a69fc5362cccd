using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Race;

/// <summary>
/// Checks <see cref="RaceOptions"/> against its <c>[Range]</c> attributes. Source-generated, so it stays
/// trimming- and AOT-safe, unlike reflection-based data-annotation validation.
/// </summary>
[OptionsValidator]
public sealed partial class RaceOptionsAnnotationsValidator : IValidateOptions<RaceOptions>;
