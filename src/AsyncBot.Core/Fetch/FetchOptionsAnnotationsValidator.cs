using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// The source-generated DataAnnotations validator for <see cref="FetchOptions"/> (no reflection, AOT-safe).
/// <see cref="FetchOptionsValidator"/> wraps it to name configuration keys.
/// </summary>
[OptionsValidator]
internal sealed partial class FetchOptionsAnnotationsValidator : IValidateOptions<FetchOptions>;
