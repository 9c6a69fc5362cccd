using AsyncBot.Commands;
using AsyncBot.Tests.Runs.Support;

namespace AsyncBot.Tests.Runs;

public class RunFlushDeadlineTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Finish_DiscordStallsDuringShutdown_UnsentMessagesAreAbandonedAfterTheGraceAndTheSlotFreed()
    {
        var responder = new StallingResponder();
        var rig = new RunRig(responder: responder);
        using var shutdown = new CancellationTokenSource();
        var run = rig.Launch(RunRig.Command("r1", "alice"), shutdown.Token);
        await run.Started.WaitAsync(Guard);

        // What the dispatcher does when the host stops.
        await rig.Registry.CancelAllAsync();
        await shutdown.CancelAsync();

        var (summary, sendToken) = await responder.FollowupStarted.WaitAsync(Guard);
        Assert.Equal("The bot is shutting down — run cancelled.\nstopped", summary.Content);
        await rig.Clock.WhenArmed(InteractionDispatcher.ShutdownGrace).WaitAsync(Guard);

        rig.Clock.Advance(InteractionDispatcher.ShutdownGrace - TimeSpan.FromMilliseconds(1));
        Assert.False(sendToken.IsCancellationRequested);
        Assert.False(run.Launch.IsCompleted);

        rig.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(sendToken.IsCancellationRequested);
        await run.Launch.WaitAsync(Guard);
        Assert.Equal(0, rig.Registry.ActiveCount);
    }
}
