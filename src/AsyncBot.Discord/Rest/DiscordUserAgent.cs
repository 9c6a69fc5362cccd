using System.Reflection;

namespace AsyncBot.Discord.Rest;

/// <summary>Builds the <c>User-Agent: DiscordBot (url, version)</c> header Discord requires, for REST and the gateway's lookup.</summary>
internal static class DiscordUserAgent
{
    // Read once: the HttpClient factory asks for the header on every request, and under Native AOT looking up an
    // assembly attribute walks the reflection metadata — it was a tenth of the bot's CPU under load.
    private static readonly Lazy<string> s_assemblyVersion = new(ReadAssemblyVersion);

    /// <summary>
    /// The default URL: the build's <c>RepositoryUrl</c> property (set once in Directory.Build.props; a fork sets its
    /// own with <c>-p:RepositoryUrl=…</c>), which the SDK stamps into the assembly.
    /// </summary>
    public static Uri RepositoryUrl { get; } = new(
        typeof(DiscordUserAgent).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
        ?? throw new InvalidOperationException("AsyncBot.Discord was built without a RepositoryUrl property"));

    /// <summary>The header value for <paramref name="options"/>.</summary>
    public static string For(DiscordRestOptions options)
    {
        var version = options.UserAgentVersion ?? s_assemblyVersion.Value;
        return $"DiscordBot ({options.UserAgentUrl}, {version})";
    }

    private static string ReadAssemblyVersion()
    {
        var informational = typeof(DiscordUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        // The SDK appends "+<commit>" to the informational version; the UA wants the plain version number.
        var version = informational?.Split('+')[0];
        return string.IsNullOrWhiteSpace(version) ? "1.0.0" : version;
    }
}
