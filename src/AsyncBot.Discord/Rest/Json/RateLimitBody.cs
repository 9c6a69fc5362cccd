namespace AsyncBot.Discord.Rest.Json;

/// <summary>The JSON body of a 429: <c>{message, retry_after, global, code?}</c>.</summary>
internal sealed class RateLimitBody
{
    public string? Message { get; init; }

    /// <summary>Seconds (float) to wait before retrying.</summary>
    public double? RetryAfter { get; init; }

    public bool Global { get; init; }

    public int? Code { get; init; }
}
