using System.ComponentModel.DataAnnotations;

namespace AsyncBot.Core.Fetch;

/// <summary>
/// Limits for <c>/fetch</c> and the console <c>fetch</c> command, bound from the <c>Fetch</c> configuration section.
/// Anyone in a Discord server can make the bot fetch URLs from the operator's network, so every default is the
/// safe one and each limit is per run.
/// </summary>
public sealed class FetchOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Fetch";

    /// <summary>
    /// The five URLs from the Python asyncio tutorial these lessons follow, used when <see cref="DefaultUrls"/> is
    /// left empty. A public, read-only JSON API that answers in a few hundred milliseconds, which is exactly what makes
    /// the concurrency lesson visible.
    /// </summary>
    public static IReadOnlyList<string> TutorialUrls { get; } =
    [
        "https://jsonplaceholder.typicode.com/posts/1",
        "https://jsonplaceholder.typicode.com/posts/2",
        "https://jsonplaceholder.typicode.com/posts/3",
        "https://jsonplaceholder.typicode.com/comments?postId=1",
        "https://jsonplaceholder.typicode.com/albums/1",
    ];

    /// <summary>
    /// URLs fetched when the user gives none. Starts empty and is filled with <see cref="TutorialUrls"/> after binding
    /// when configuration names none: the configuration binder appends to a pre-filled list instead of replacing
    /// it, so a default list here would double up with the one in appsettings.json.
    /// </summary>
    public IList<string> DefaultUrls { get; } = [];

    /// <summary>
    /// Most URLs in one run (default 10). Twice the tutorial's five leaves room to experiment while keeping one run
    /// from turning the bot into a request amplifier; a request with more is refused whole.
    /// </summary>
    [Range(1, 100)]
    public int MaxUrls { get; set; } = 10;

    /// <summary>
    /// Seconds one URL may take, redirects and body included (default 10). Long enough for a slow public API,
    /// short enough that a server that never answers cannot hold a run (and its Discord interaction) open.
    /// </summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Most body bytes read per URL (default 1 MiB). The lesson only needs sizes and timings; reading stops at this
    /// cap, so a stranger's endless URL costs at most this much bandwidth and no memory beyond one buffer.
    /// </summary>
    [Range(1024, 104_857_600)]
    public int MaxResponseBytes { get; set; } = 1_048_576;

    /// <summary>
    /// Most requests in flight at once in concurrent mode (default 10, equal to <see cref="MaxUrls"/>): by default
    /// every URL of a run starts together, as in the tutorial, while an operator can still lower the burst.
    /// </summary>
    [Range(1, 100)]
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>
    /// Whether URLs may reach loopback, private, link-local (cloud metadata), CGNAT, multicast and other
    /// non-public addresses (default false). Off, because strangers must not probe the operator's own network;
    /// turn it on only for a bot whose users are trusted or for local testing.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultUrls.Count > MaxUrls)
        {
            yield return new ValidationResult(
                $"lists {DefaultUrls.Count} URLs but Fetch:MaxUrls is {MaxUrls}.", [nameof(DefaultUrls)]);
        }

        for (var i = 0; i < DefaultUrls.Count; i++)
        {
            // Only the checks that need no DNS: whether a default URL is private depends on AllowPrivateNetworks at run time.
            var check = UrlPolicy.Check(DefaultUrls[i], allowPrivateNetworks: true);
            if (!check.IsAllowed)
            {
                yield return new ValidationResult($"entry {i} is not usable: {check.Refusal}.", [nameof(DefaultUrls)]);
            }
        }
    }
}
