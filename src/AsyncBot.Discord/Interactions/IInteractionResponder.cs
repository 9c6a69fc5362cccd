namespace AsyncBot.Discord.Interactions;

/// <summary>
/// Outbound port: everything the bot says in answer to an interaction. Implementations own rate limiting and retries;
/// <see cref="GetFollowupDelay"/> lets a caller see a bucket is exhausted and coalesce instead of queueing.
/// </summary>
/// <remarks>Thread-safe: many runs call it at once. Failures surface as <see cref="DiscordRequestException"/>.</remarks>
public interface IInteractionResponder
{
    /// <summary>Sends the initial callback (types 4, 5, 6, 7). Never queued behind other traffic.</summary>
    Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default);

    /// <summary>Posts a followup message and returns its id.</summary>
    Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default);

    /// <summary>Edits the original response (<c>@original</c>).</summary>
    Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default);

    /// <summary>
    /// How long a followup for this interaction would wait for its rate-limit bucket right now;
    /// <see cref="TimeSpan.Zero"/> when it would go at once.
    /// </summary>
    TimeSpan GetFollowupDelay(Interaction interaction);
}
