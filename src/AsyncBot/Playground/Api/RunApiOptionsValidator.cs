using System.Globalization;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Api;

/// <summary>Checks <see cref="RunApiOptions"/> at start, naming the key to change.</summary>
internal sealed class RunApiOptionsValidator : IValidateOptions<RunApiOptions>
{
    public ValidateOptionsResult Validate(string? name, RunApiOptions options) =>
        options.StreamsPerClient is >= 1 and <= RunApiOptions.MaxStreamsPerClient
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"Playground:Api:StreamsPerClient is {options.StreamsPerClient}; it must be between 1 and {RunApiOptions.MaxStreamsPerClient}."));
}
