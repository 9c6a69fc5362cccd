using AsyncBot.Discord.Interactions;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// One interaction POST waiting for its first answer. Exactly one side wins: the handler (its answer becomes the
/// HTTP response body) or the endpoint (it ran out of time and answered "thinking…" itself, so the handler's answer
/// must become an edit of the original instead).
/// </summary>
internal sealed class InteractionExchange(Interaction interaction, DateTimeOffset receivedAt)
{
    private const int Waiting = 0;
    private const int Answered = 1;
    private const int Deferred = 2;

    private readonly TaskCompletionSource<InteractionResponse> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public Interaction Interaction { get; } = interaction;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>The handler's first answer, once given.</summary>
    public Task<InteractionResponse> Answer => _answer.Task;

    /// <summary>Completes when the HTTP response went out (or fails when it could not), so followups never overtake it.</summary>
    public Task Written => _written.Task;

    public bool IsDeferred => Volatile.Read(ref _state) == Deferred;

    /// <summary>The handler's side: true when <paramref name="response"/> goes into the HTTP response.</summary>
    public bool TryAnswer(InteractionResponse response)
    {
        if (Interlocked.CompareExchange(ref _state, Answered, Waiting) != Waiting)
        {
            return false;
        }

        _answer.TrySetResult(response);
        return true;
    }

    /// <summary>The endpoint's side: true when it should answer with a deferral because the handler is late.</summary>
    public bool TryDefer() => Interlocked.CompareExchange(ref _state, Deferred, Waiting) == Waiting;

    public void MarkWritten() => _written.TrySetResult();

    public void MarkFailed(Exception reason) => _written.TrySetException(reason);
}
