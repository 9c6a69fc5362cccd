using System.Threading.Channels;
using AsyncBot.Core.Fetch;

namespace AsyncBot.Playground.Api;

/// <summary>
/// Hands fetch events from the engine's workers to the response writer, so a slow client never holds up a fetch.
/// Unbounded on purpose: a run has at most <c>Fetch:MaxUrls</c> URLs and a handful of events each.
/// </summary>
internal sealed class FetchEventQueue : IFetchObserver
{
    private readonly Channel<FetchEvent> _channel = Channel.CreateUnbounded<FetchEvent>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The events in order; completes once <see cref="Complete"/> is called.</summary>
    public ChannelReader<FetchEvent> Reader => _channel.Reader;

    public void OnEvent(FetchEvent fetchEvent) => _channel.Writer.TryWrite(fetchEvent);

    /// <summary>Ends the stream (the run is over).</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
