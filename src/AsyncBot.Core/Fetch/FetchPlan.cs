using System.Diagnostics.CodeAnalysis;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// What one run will fetch, checked against the run-wide limits. Per-URL problems (a bad scheme, a private address)
/// are not plan errors: the engine reports them per URL as <see cref="FetchEventKind.Refused"/> while the others run.
/// </summary>
/// <param name="Urls">The URLs in the order given; never empty.</param>
/// <param name="Mode">How to fetch them.</param>
/// <param name="UsesDefaultUrls">True when the user gave no URLs and the configured defaults are used.</param>
public sealed record FetchPlan(IReadOnlyList<string> Urls, FetchMode Mode, bool UsesDefaultUrls)
{
    /// <summary>
    /// Builds a plan from the URLs given (null or empty means the defaults). A request with more than
    /// <see cref="FetchOptions.MaxUrls"/> URLs is refused whole rather than cut short, so nobody is surprised by
    /// which URLs were dropped.
    /// </summary>
    public static bool TryCreate(
        IReadOnlyList<string>? urls,
        FetchMode mode,
        FetchOptions options,
        [NotNullWhen(true)] out FetchPlan? plan,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        plan = null;
        var given = (urls ?? []).Where(url => !string.IsNullOrWhiteSpace(url)).Select(url => url.Trim()).ToArray();
        var useDefaults = given.Length == 0;
        var chosen = useDefaults ? DefaultsOf(options) : given;
        if (chosen.Count > options.MaxUrls)
        {
            error = $"too many URLs: {chosen.Count} given, at most {options.MaxUrls} per run";
            return false;
        }

        error = null;
        plan = new FetchPlan(chosen, mode, useDefaults);
        return true;
    }

    /// <summary>
    /// Builds a plan from command text: <paramref name="urlsText"/> is whitespace-separated URLs (null or blank
    /// means the defaults), <paramref name="modeText"/> a name from <see cref="FetchModeNames.All"/> (null means concurrent).
    /// </summary>
    public static bool TryParse(
        string? urlsText,
        string? modeText,
        FetchOptions options,
        [NotNullWhen(true)] out FetchPlan? plan,
        [NotNullWhen(false)] out string? error)
    {
        plan = null;
        if (!FetchModeNames.TryParse(modeText, out var mode))
        {
            error = FetchModeNames.UnknownModeMessage(modeText!);
            return false;
        }

        var urls = (urlsText ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return TryCreate(urls, mode, options, out plan, out error);
    }

    private static IReadOnlyList<string> DefaultsOf(FetchOptions options) =>
        options.DefaultUrls.Count > 0 ? [.. options.DefaultUrls] : FetchOptions.TutorialUrls;
}
