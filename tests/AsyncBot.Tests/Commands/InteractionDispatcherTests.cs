using System.Threading.Channels;
using AsyncBot.Commands;
using AsyncBot.Discord.Interactions;
using AsyncBot.Options;
using AsyncBot.Runs;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace AsyncBot.Tests.Commands;

public class InteractionDispatcherTests
{
    [Fact]
    public async Task Dispatch_FreshInteraction_GoesToItsHandler()
    {
        var (time, responder, handler) = (new FakeTimeProvider(), new RecordingResponder(), new CountingHandler());
        var fresh = RecordingResponder.NewInteraction("1") with { ReceivedAt = time.GetUtcNow() };
        time.Advance(TimeSpan.FromSeconds(1));

        await DispatchAsync([fresh], time, responder, handler);

        Assert.Equal(["1"], handler.Handled);
        Assert.Empty(responder.Calls);
    }

    [Fact]
    public async Task Dispatch_TheSameInteractionDeliveredTwice_IsHandledOnceAndTheRepeatGetsNoAnswer()
    {
        // As a resumed gateway session replays an event, or a load balancer retries a POST.
        var (time, responder, handler) = (new FakeTimeProvider(), new RecordingResponder(), new CountingHandler());
        var once = RecordingResponder.NewInteraction("1") with { ReceivedAt = time.GetUtcNow() };
        var other = RecordingResponder.NewInteraction("2") with { ReceivedAt = time.GetUtcNow() };

        await DispatchAsync([once, other, once], time, responder, handler);

        Assert.Equal(["1", "2"], handler.Handled.Order(StringComparer.Ordinal));
        Assert.Empty(responder.Calls);
    }

    [Fact]
    public async Task Dispatch_ALateRepeatOfAnAnsweredInteraction_GetsNoBusyReply()
    {
        // The busy reply to a repeat would be a second answer to one interaction, which Discord refuses.
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000));
        var late = RecordingResponder.NewInteraction("1") with { ReceivedAt = time.GetUtcNow() - IntakeDeadline.BusyAfter };
        var responder = new RecordingResponder();
        var handler = new CountingHandler();

        await DispatchAsync([late, late], time, responder, handler);

        Assert.Single(responder.Calls);
        Assert.Empty(handler.Handled);
    }

    [Fact]
    public async Task Dispatch_InteractionThatWaitedTooLong_GetsTheEphemeralBusyReplyInsteadOfItsHandler()
    {
        var (time, responder, handler) = (new FakeTimeProvider(), new RecordingResponder(), new CountingHandler());
        var late = RecordingResponder.NewInteraction("1") with { ReceivedAt = time.GetUtcNow() };
        time.Advance(TimeSpan.FromSeconds(2));

        await DispatchAsync([late], time, responder, handler);

        Assert.Empty(handler.Handled);
        var call = Assert.Single(responder.Calls);
        Assert.Equal("respond", call.Kind);
        Assert.True(call.Message!.Ephemeral);
        Assert.Contains("try again in a moment", call.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_InteractionPastDiscordsWindow_SendsNothingDiscordWouldRefuse()
    {
        var (time, responder, handler) = (new FakeTimeProvider(), new RecordingResponder(), new CountingHandler());
        var expired = RecordingResponder.NewInteraction("1") with { ReceivedAt = time.GetUtcNow() };
        time.Advance(TimeSpan.FromSeconds(3));

        await DispatchAsync([expired], time, responder, handler);

        Assert.Empty(handler.Handled);
        Assert.Empty(responder.Calls);
    }

    [Fact]
    public async Task Dispatch_MixedBacklog_EveryInteractionIsEitherHandledOrToldBusy()
    {
        var (time, responder, handler) = (new FakeTimeProvider(), new RecordingResponder(), new CountingHandler());
        var start = time.GetUtcNow();
        var interactions = Enumerable.Range(0, 40)
            .Select(i => RecordingResponder.NewInteraction(i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                with { ReceivedAt = start + TimeSpan.FromMilliseconds(50 * i) })
            .ToList();
        time.Advance(TimeSpan.FromMilliseconds(50 * 39));

        await DispatchAsync(interactions, time, responder, handler);

        var busy = responder.Calls.Select(c => c.Interaction.Id).ToList();
        Assert.Equal(interactions.Select(i => i.Id).Order(), handler.Handled.Concat(busy).Order());
        Assert.Equal(10, busy.Count);
    }

    private static async Task DispatchAsync(IReadOnlyList<Interaction> interactions, TimeProvider time, RecordingResponder responder, CountingHandler handler)
    {
        var source = new ListSource(interactions);
        var limits = new Mock<IOptionsMonitor<LimitsOptions>>();
        limits.Setup(m => m.CurrentValue).Returns(new LimitsOptions());
        using var dispatcher = new InteractionDispatcher(source, [handler], responder, new InMemoryRunRegistry(limits.Object), new InMemoryInteractionClaims(time), time,
            NullLogger<InteractionDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);
        await source.Drained.WaitAsync(TimeSpan.FromSeconds(10));
        await dispatcher.StopAsync(CancellationToken.None);
    }

    private sealed class ListSource(IReadOnlyList<Interaction> interactions) : IInteractionSource
    {
        private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Drained => _drained.Task;

        public async IAsyncEnumerable<Interaction> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var interaction in interactions)
            {
                yield return interaction;
            }

            _drained.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class CountingHandler : IInteractionHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _handled = new();

        public IReadOnlyList<string> Handled => [.. _handled];

        public bool CanHandle(Interaction interaction) => true;

        public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
        {
            _handled.Enqueue(interaction.Id);
            return Task.CompletedTask;
        }
    }
}
