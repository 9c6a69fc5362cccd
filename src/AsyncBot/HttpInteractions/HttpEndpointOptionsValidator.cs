using AsyncBot.Playground;
using Microsoft.Extensions.Options;

namespace AsyncBot.HttpInteractions;

/// <summary>Checks <see cref="HttpEndpointOptions"/> at start; every message names the key to change.</summary>
internal sealed class HttpEndpointOptionsValidator : IValidateOptions<HttpEndpointOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpEndpointOptions options)
    {
        var failures = new List<string>();
        var urls = PlaygroundUrls.Split(options.Urls);
        if (urls.Count == 0)
        {
            failures.Add($"Http:Urls must name at least one address, e.g. {HttpEndpointOptions.DefaultUrls}.");
        }

        foreach (var url in urls)
        {
            if (!PlaygroundUrls.TryParse(url, out _, out _))
            {
                failures.Add($"Http:Urls has '{url}', which is not an http://host:port address (e.g. {HttpEndpointOptions.DefaultUrls}); "
                    + "TLS belongs to the reverse proxy in front.");
            }
        }

        if (options.DeferAfterMilliseconds is < 100 or > 2500)
        {
            failures.Add($"Http:DeferAfterMilliseconds must be between 100 and 2500 (got {options.DeferAfterMilliseconds}): Discord waits 3 s for the answer.");
        }

        if (options.RequestHeadersTimeoutSeconds is < 1 or > 120)
        {
            failures.Add($"Http:RequestHeadersTimeoutSeconds must be between 1 and 120 (got {options.RequestHeadersTimeoutSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
