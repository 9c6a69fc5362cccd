namespace AsyncBot.Tests.Playground.Browser;

/// <summary>
/// Where Debian's Chromium is (<c>apt-get install chromium</c>; <c>.ci/run</c> installs it). Playwright launches it
/// through <c>ExecutablePath</c>: its own browser download is impossible here and never attempted.
/// </summary>
internal static class Chromium
{
    /// <summary>Overrides the path, e.g. for a Chromium installed elsewhere.</summary>
    public const string PathVariable = "ASYNCBOT_CHROMIUM";

    /// <summary>The flags for a headless, quiet run: no sandbox (CI runs as root), no network of its own.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The executable, or null when there is none.</summary>
    public static string? ExecutablePath { get; } = Find();

    /// <summary>Why browser tests skip, in one line.</summary>
    public static string SkipReason =>
        $"No Chromium at /usr/bin/chromium (or ${PathVariable}): apt-get install chromium to run the playground's browser tests";

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }
}
