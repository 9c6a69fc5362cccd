using System.Collections.Concurrent;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Tests.Runs.Support;

/// <summary>
/// A responder whose followups never get through (Discord slow or unreachable): each waits until its token is
/// cancelled, as the real REST client would. The first reply and edits succeed and are recorded.
/// </summary>
internal sealed class StallingResponder : IInteractionResponder
{
    private readonly TaskCompletionSource<(MessageContent Message, CancellationToken Token)> _followupStarted =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly ConcurrentQueue<InteractionResponse> _responses = new();

    /// <summary>The first followup the bot tried to send, and the token it was sent with.</summary>
    public Task<(MessageContent Message, CancellationToken Token)> FollowupStarted => _followupStarted.Task;

    public IReadOnlyList<InteractionResponse> Responses => [.. _responses];

    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        _responses.Enqueue(response);
        return Task.CompletedTask;
    }

    public async Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        _followupStarted.TrySetResult((message, cancellationToken));
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return "never";
    }

    public Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    public TimeSpan GetFollowupDelay(Interaction interaction) => TimeSpan.Zero;
}
