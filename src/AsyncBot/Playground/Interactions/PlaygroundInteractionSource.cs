using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.Playground.Interactions;

/// <summary>
/// The playground's inbound port: the page's commands and clicks, queued the way the gateway queues
/// <c>INTERACTION_CREATE</c>. Bounded, so a flood from the page waits at the socket rather than growing memory.
/// </summary>
internal sealed class PlaygroundInteractionSource : IInteractionSource
{
    /// <summary>Interactions that may wait for the dispatcher.</summary>
    internal const int Capacity = 256;

    private readonly Channel<Interaction> _interactions = Channel.CreateBounded<Interaction>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues an interaction; waits while the queue is full.</summary>
    public ValueTask SubmitAsync(Interaction interaction, CancellationToken cancellationToken = default) =>
        _interactions.Writer.WriteAsync(interaction, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<Interaction> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var interaction in _interactions.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return interaction;
        }
    }
}
