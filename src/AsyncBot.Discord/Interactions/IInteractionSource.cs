namespace AsyncBot.Discord.Interactions;

/// <summary>
/// Inbound port: every interaction the bot receives, in arrival order, none dropped. The gateway writes into an
/// unbounded channel and never waits on the reader's handlers; another source (the playground, a test) can stand in
/// for it. Sources stamp <see cref="Interaction.ReceivedAt"/> so the reader can answer a late one with a busy reply.
/// </summary>
public interface IInteractionSource
{
    /// <summary>Reads interactions until the source completes or <paramref name="cancellationToken"/> fires.</summary>
    IAsyncEnumerable<Interaction> ReadAllAsync(CancellationToken cancellationToken = default);
}
