using System.Reflection;

namespace AsyncBot.Discord.Rest;

/// <summary>Builds the <c>User-Agent: DiscordBot (url, version)</c> header Discord requires.</summary>
internal static class DiscordUserAgent
{
    /// <summary>The header value for <paramref name="options"/>.</summary>
    public static string For(DiscordRestOptions options)
    {
        var version = options.UserAgentVersion ?? AssemblyVersion();
        return $"DiscordBot ({options.UserAgentUrl}, {version})";
    }

    private static string AssemblyVersion()
    {
        var informational = typeof(DiscordUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        // The SDK appends "+<commit>" to the informational version; the UA wants the plain version number.
        var version = informational?.Split('+')[0];
        return string.IsNullOrWhiteSpace(version) ? "1.0.0" : version;
    }
}
