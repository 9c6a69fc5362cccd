using Microsoft.Extensions.Options;

namespace AsyncBot.Playground;

/// <summary>Checks <see cref="PlaygroundOptions"/> at start; every message names the key to change.</summary>
internal sealed class PlaygroundOptionsValidator : IValidateOptions<PlaygroundOptions>
{
    public ValidateOptionsResult Validate(string? name, PlaygroundOptions options)
    {
        var urls = PlaygroundUrls.Split(options.Urls);
        if (urls.Count == 0)
        {
            return ValidateOptionsResult.Fail($"Playground:Urls must name at least one address, e.g. {PlaygroundOptions.DefaultUrls}.");
        }

        var failures = new List<string>();
        foreach (var url in urls)
        {
            if (!PlaygroundUrls.TryParse(url, out var host, out _))
            {
                failures.Add($"Playground:Urls has '{url}', which is not an http://host:port address (e.g. {PlaygroundOptions.DefaultUrls}).");
            }
            else if (!options.AllowRemote && !PlaygroundUrls.IsLoopback(host))
            {
                failures.Add($"Playground:Urls has '{url}', which is not loopback: anyone who reaches it could start runs in the bot's name. "
                    + "Set Playground:AllowRemote=true to allow that, or use http://127.0.0.1:PORT.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
