using AsyncBot.Runs;
using AsyncBot.Tests.Runs.Support;
using AsyncBot.Tests.TestDoubles;

namespace AsyncBot.Tests.Runs;

public class RunWatchdogTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Launch_RunOutlivesTheWatchdog_IsStoppedAtItsLimitAndStillSummarised()
    {
        var rig = new RunRig();
        var run = rig.Launch(RunRig.Command("r1", "alice"));
        var token = await run.Started.WaitAsync(Guard);
        await rig.Clock.WhenArmed(RunLimits.Watchdog).WaitAsync(Guard);

        rig.Clock.Advance(RunLimits.Watchdog - TimeSpan.FromMilliseconds(1));
        Assert.False(token.IsCancellationRequested);

        rig.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(token.IsCancellationRequested);
        await run.Launch.WaitAsync(Guard);

        var responder = (RecordingResponder)rig.Responder;
        Assert.Equal("stopped", Assert.Single(responder.Followups).Content);
        var edit = responder.Calls.Single(c => c.Kind == "edit-original").Message!;
        Assert.True(edit.Components![0].Buttons[0].Disabled);
        Assert.Equal(0, rig.Registry.ActiveCount);
    }

    [Fact]
    public async Task Launch_RunWithinTheWatchdog_IsNotStoppedByIt()
    {
        var rig = new RunRig();
        var run = rig.Launch(RunRig.Command("r1", "alice"));
        var token = await run.Started.WaitAsync(Guard);
        await rig.Clock.WhenArmed(RunLimits.Watchdog).WaitAsync(Guard);

        rig.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.False(token.IsCancellationRequested);
        Assert.False(run.Launch.IsCompleted);
        await rig.Registry.CancelAllAsync();
        await run.Launch.WaitAsync(Guard);
    }
}
