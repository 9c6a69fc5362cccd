namespace AsyncBot.Hosting;

/// <summary>The <c>Health</c> section: where the running bot reports its gateway state for <c>healthcheck</c>.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Health";

    /// <summary>
    /// The status file. A file rather than an HTTP port because the container's HEALTHCHECK runs a second process
    /// of the same binary, and a file needs no listener, no port and no extra attack surface. Under /tmp so a
    /// read-only root filesystem with a tmpfs /tmp works.
    /// </summary>
    public string File { get; set; } = Path.Combine(Path.GetTempPath(), "asyncbot.health");

    /// <summary>How often the bot rewrites the file.</summary>
    public int IntervalSeconds { get; set; } = 10;

    /// <summary>How old the file may be before the check calls the bot stuck: a few missed intervals.</summary>
    public int MaxAgeSeconds { get; set; } = 60;
}
