using System.Threading.Channels;
using AsyncBot.Commands;
using AsyncBot.Discord.Interactions;
using AsyncBot.Options;
using AsyncBot.Runs;
using AsyncBot.Tests.Runs.Support;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace AsyncBot.Tests.Commands;

public class InteractionDispatcherShutdownTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StopAsync_HandlerThatNeverFinishes_IsWaitedForTheGraceOnTheHostClockThenAbandoned()
    {
        var clock = new ArmingClock();
        var handler = new StuckHandler();
        var source = Channel.CreateUnbounded<Interaction>();
        var limits = new Mock<IOptionsMonitor<LimitsOptions>>();
        limits.Setup(m => m.CurrentValue).Returns(new LimitsOptions());
        using var dispatcher = new InteractionDispatcher(new ChannelSource(source.Reader), [handler], new RecordingResponder(),
            new InMemoryRunRegistry(limits.Object), new InMemoryInteractionClaims(clock), clock, NullLogger<InteractionDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);
        await source.Writer.WriteAsync(RecordingResponder.NewInteraction("1"));
        var shutdown = await handler.Entered.WaitAsync(Guard);

        var stop = dispatcher.StopAsync(CancellationToken.None);
        await clock.WhenArmed(InteractionDispatcher.ShutdownGrace).WaitAsync(Guard);
        Assert.True(shutdown.IsCancellationRequested);

        clock.Advance(InteractionDispatcher.ShutdownGrace - TimeSpan.FromMilliseconds(1));
        Assert.False(stop.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await stop.WaitAsync(Guard);
    }

    private sealed class ChannelSource(ChannelReader<Interaction> reader) : IInteractionSource
    {
        public IAsyncEnumerable<Interaction> ReadAllAsync(CancellationToken cancellationToken = default) => reader.ReadAllAsync(cancellationToken);
    }

    /// <summary>A handler that ignores shutdown: the case the grace exists for.</summary>
    private sealed class StuckHandler : IInteractionHandler
    {
        private readonly TaskCompletionSource<CancellationToken> _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<CancellationToken> Entered => _entered.Task;

        public bool CanHandle(Interaction interaction) => true;

        public Task HandleAsync(Interaction interaction, CancellationToken shutdown)
        {
            _entered.TrySetResult(shutdown);
            return new TaskCompletionSource().Task;
        }
    }
}
