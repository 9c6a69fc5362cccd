using AsyncBot.Discord.Interactions;

namespace AsyncBot.Bench.Discord;

/// <summary>An <see cref="IInteractionResponder"/> that accepts every followup at once and keeps only counts.</summary>
public sealed class SinkResponder : IInteractionResponder
{
    public long Messages { get; private set; }

    public long Characters { get; private set; }

    public Task<string> FollowupAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default)
    {
        Messages++;
        Characters += message.Content?.Length ?? 0;
        return Task.FromResult("0");
    }

    public TimeSpan GetFollowupDelay(Interaction interaction) => TimeSpan.Zero;

    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task EditOriginalAsync(Interaction interaction, MessageContent message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
