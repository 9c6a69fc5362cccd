using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Validates <see cref="FetchOptions"/> at start-up. Source-generated from the data annotations, so it needs no
/// reflection and stays AOT-safe; each message names the configuration key to fix.
/// </summary>
[OptionsValidator]
public sealed partial class FetchOptionsValidator : IValidateOptions<FetchOptions>;
