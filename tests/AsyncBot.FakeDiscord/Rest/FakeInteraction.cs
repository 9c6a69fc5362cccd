namespace AsyncBot.FakeDiscord.Rest;

/// <summary>An interaction the fake knows: its id, secret token, creation time and answer state.</summary>
public sealed class FakeInteraction
{
    internal FakeInteraction(string id, string token, string applicationId, int type, DateTimeOffset createdAt)
    {
        Id = id;
        Token = token;
        ApplicationId = applicationId;
        Type = type;
        CreatedAt = createdAt;
    }

    /// <summary>Interaction snowflake.</summary>
    public string Id { get; }

    /// <summary>The interaction token (secret).</summary>
    public string Token { get; }

    /// <summary>The application it belongs to; followups must use this id.</summary>
    public string ApplicationId { get; }

    /// <summary>2 application command, 3 message component …</summary>
    public int Type { get; }

    /// <summary>When it was created, on the fake's clock; the 3 s and 15 min limits count from here.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The callback type that acknowledged it; null while unanswered.</summary>
    public int? CallbackType { get; private set; }

    /// <summary>Whether the callback arrived.</summary>
    public bool Acknowledged => CallbackType is not null;

    /// <summary>When the callback (or the HTTP answer) was taken, on the fake's clock; null while unanswered.</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    /// <summary>Whether the token died (callback too late): followups then get 404 10015.</summary>
    public bool Dead { get; private set; }

    /// <summary>The id of the original response message, once there is one.</summary>
    public string? OriginalMessageId { get; private set; }

    internal Lock Gate { get; } = new();

    // Delivered over HTTP: completes once the poster has taken the bot's HTTP answer as the callback.
    private TaskCompletionSource _httpAnswer = CompletedAnswer();

    internal void ExpectHttpAnswer() => _httpAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    internal void HttpAnswerTaken() => _httpAnswer.TrySetResult();

    /// <summary>
    /// Waits (briefly) while the bot's HTTP answer to this interaction is still being read, as Discord processes the
    /// answer it received before a followup that was sent after it. True when the request had to wait.
    /// </summary>
    internal async Task<bool> WaitForHttpAnswerAsync(CancellationToken cancellationToken)
    {
        var pending = _httpAnswer.Task;
        if (pending.IsCompleted)
        {
            return false;
        }

        try
        {
            await pending.WaitAsync(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Never answered: the followup is judged as it stands (10015).
        }

        return true;
    }

    private static TaskCompletionSource CompletedAnswer()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    internal void Acknowledge(int callbackType, string? originalMessageId, DateTimeOffset now)
    {
        CallbackType = callbackType;
        AcknowledgedAt = now;
        OriginalMessageId = originalMessageId;
    }

    internal void Kill() => Dead = true;
}
