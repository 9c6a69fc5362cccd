using System.Threading.Channels;
using AsyncBot.Discord.Interactions;

namespace AsyncBot.HttpInteractions;

/// <summary>
/// <see cref="IInteractionSource"/> fed by the endpoint. Unbounded on purpose: every entry is an HTTP request that
/// waits for its own answer, so Kestrel's connection limits bound it, and dropping one would leave a user with
/// "The application did not respond".
/// </summary>
internal sealed class HttpInteractionSource : IInteractionSource
{
    private readonly Channel<Interaction> _channel = Channel.CreateUnbounded<Interaction>(new UnboundedChannelOptions { SingleReader = true });

    public void Publish(Interaction interaction) => _channel.Writer.TryWrite(interaction);

    public IAsyncEnumerable<Interaction> ReadAllAsync(CancellationToken cancellationToken = default) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
