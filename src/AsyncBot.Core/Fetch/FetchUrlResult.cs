namespace AsyncBot.Core.Fetch;

/// <summary>How one URL of one run (or one leg of a compare run) went.</summary>
/// <param name="Index">Position of the URL in the plan, from 0.</param>
/// <param name="Url">The URL as the user gave it.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="StatusCode">The final response's status code (after redirects), when one arrived.</param>
/// <param name="ReasonPhrase">The final response's reason phrase, e.g. <c>OK</c>; may be empty.</param>
/// <param name="Bytes">Body bytes read, at most <see cref="FetchOptions.MaxResponseBytes"/>.</param>
/// <param name="StartedAt">When it started, from the start of its leg; null when it never started.</param>
/// <param name="FinishedAt">When it ended, from the start of its leg; null when it never started.</param>
/// <param name="Truncated">True when the body was longer than the cap and reading stopped there.</param>
/// <param name="Error">Why it failed, was refused or cancelled, e.g. "resolves to a private address (10.0.0.5)".</param>
/// <param name="Failure">The kind of failure, <see cref="FetchFailureKind.None"/> when it finished.</param>
/// <param name="Redirects">How many redirects were followed.</param>
public sealed record FetchUrlResult(
    int Index,
    string Url,
    FetchOutcome Outcome,
    int? StatusCode,
    string? ReasonPhrase,
    long Bytes,
    TimeSpan? StartedAt,
    TimeSpan? FinishedAt,
    bool Truncated,
    string? Error,
    FetchFailureKind Failure,
    int Redirects)
{
    /// <summary>Time from start to end; zero when it never started.</summary>
    public TimeSpan Duration => FinishedAt is { } end && StartedAt is { } start ? end - start : TimeSpan.Zero;

    /// <summary>Whether a 2xx response arrived: what the tutorial counts as a received response.</summary>
    public bool IsSuccess => Outcome == FetchOutcome.Finished && StatusCode is >= 200 and < 300;

    /// <summary>A URL that ended without a response.</summary>
    internal static FetchUrlResult NoResponse(
        int index, string url, FetchOutcome outcome, FetchFailureKind failure, string error, TimeSpan? startedAt, TimeSpan? finishedAt) =>
        new(index, url, outcome, null, null, 0, startedAt, finishedAt, false, error, failure, 0);
}
