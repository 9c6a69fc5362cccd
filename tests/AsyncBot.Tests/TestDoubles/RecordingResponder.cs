using System.Collections.Concurrent;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Tests.TestDoubles;

/// <summary>An in-memory responder that records what the bot said, with a scriptable followup bucket.</summary>
internal sealed class RecordingResponder : IInteractionResponder
{
    private readonly ConcurrentQueue<(string Kind, Interaction Interaction, InteractionResponse? Response, MessageContent? Message)> _calls = new();
    private int _nextId;

    private readonly TaskCompletionSource _bucketWaited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<Interaction, TimeSpan> FollowupDelay { get; set; } = _ => TimeSpan.Zero;

    /// <summary>Completes the first time a caller is told to wait for the bucket, so a test can then move the clock.</summary>
    public Task BucketWaited => _bucketWaited.Task;

    public Func<MessageContent, Task>? OnFollowup { get; set; }

    public IReadOnlyList<MessageContent> Followups => _calls.Where(c => c.Kind == "followup").Select(c => c.Message!).ToList();

    public IReadOnlyList<(string Kind, Interaction Interaction, InteractionResponse? Response, MessageContent? Message)> Calls => _calls.ToList();

    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue(("respond", interaction, response, response.Message));
        return Task.CompletedTask;
    }

    public async Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        if (OnFollowup is not null)
        {
            await OnFollowup(message);
        }

        _calls.Enqueue(("followup", interaction, null, message));
        return Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue(("edit-original", interaction, null, message));
        return Task.CompletedTask;
    }

    public TimeSpan GetFollowupDelay(Interaction interaction)
    {
        var delay = FollowupDelay(interaction);
        if (delay > TimeSpan.Zero)
        {
            _bucketWaited.TrySetResult();
        }

        return delay;
    }

    public static Interaction NewInteraction(string id = "1", string userId = "42") =>
        new(id, "1306561934786719786", InteractionType.ApplicationCommand, "token-" + id, new InteractionUser(userId, "user" + userId),
            Command: new CommandInvocation("race", []));
}
