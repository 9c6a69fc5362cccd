namespace AsyncBot.Discord.Interactions;

/// <summary>
/// Inbound port: every interaction the bot receives, in arrival order. The gateway writes into a bounded channel
/// and never waits on the reader's handlers; another source (the playground, a test) can stand in for it.
/// </summary>
public interface IInteractionSource
{
    /// <summary>Reads interactions until the source completes or <paramref name="cancellationToken"/> fires.</summary>
    IAsyncEnumerable<Interaction> ReadAllAsync(CancellationToken cancellationToken = default);
}
