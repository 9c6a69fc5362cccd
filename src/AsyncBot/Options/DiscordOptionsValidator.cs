using AsyncBot.Discord;
using AsyncBot.Discord.HttpInteractions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Options;

/// <summary>Checks <see cref="DiscordOptions"/> at start. Messages name the key and never echo the token.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (options.HasToken && !DiscordToken.TryCreate(options.Token, out _, out var tokenError))
        {
            failures.Add($"Discord:Token (or DISCORD_TOKEN) {tokenError}.");
        }

        var api = options.ApiBaseUrl;
        if (api is null || !api.IsAbsoluteUri || (api.Scheme != Uri.UriSchemeHttp && api.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http or https URL, e.g. https://discord.com/api/v10.");
        }

        if (options.ShardCount < 1)
        {
            failures.Add($"Discord:ShardCount must be at least 1 (got {options.ShardCount}).");
        }

        if (options.ShardId < 0 || options.ShardId >= Math.Max(1, options.ShardCount))
        {
            failures.Add($"Discord:ShardId must be between 0 and Discord:ShardCount - 1 (got {options.ShardId}).");
        }

        if (options.GuildId == 0)
        {
            failures.Add("Discord:GuildId must be a guild snowflake or left unset.");
        }

        if (options.Interactions == InteractionDelivery.Http && !InteractionSignatureVerifier.TryCreate(options.PublicKey, out _, out var keyError))
        {
            failures.Add($"Discord:PublicKey {keyError}; it is required when Discord:Interactions is Http.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
