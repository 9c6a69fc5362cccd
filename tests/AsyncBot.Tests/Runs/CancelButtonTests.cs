using AsyncBot.Discord.Interactions;
using AsyncBot.Tests.Runs.Support;
using AsyncBot.Tests.TestDoubles;

namespace AsyncBot.Tests.Runs;

public class CancelButtonTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Click_ByTheOwner_StopsThatRunAndNoOther()
    {
        var rig = new RunRig();
        var alices = rig.Launch(RunRig.Command("r1", "alice"));
        var bobs = rig.Launch(RunRig.Command("r2", "bob"));
        var (aliceToken, bobToken) = (await alices.Started.WaitAsync(Guard), await bobs.Started.WaitAsync(Guard));

        await rig.CancelButton.HandleAsync(RunRig.Click("r1", "alice"), CancellationToken.None);

        Assert.Equal(InteractionCallbackType.DeferredUpdateMessage, LastResponse(rig).Type);
        Assert.True(aliceToken.IsCancellationRequested);
        Assert.False(bobToken.IsCancellationRequested);
        await alices.Launch.WaitAsync(Guard);
        Assert.Equal(1, rig.Registry.ActiveCount);
        await StopAllAsync(rig, bobs);
    }

    [Fact]
    public async Task Click_BySomeoneElse_IsRefusedAndTheRunGoesOn()
    {
        var rig = new RunRig();
        var alices = rig.Launch(RunRig.Command("r1", "alice"));
        var aliceToken = await alices.Started.WaitAsync(Guard);

        await rig.CancelButton.HandleAsync(RunRig.Click("r1", "mallory"), CancellationToken.None);

        var refusal = LastResponse(rig).Message!;
        Assert.True(refusal.Ephemeral);
        Assert.Equal("Only the person who started this run can cancel it.", refusal.Content);
        Assert.False(aliceToken.IsCancellationRequested);
        Assert.False(alices.Launch.IsCompleted);
        Assert.Equal(1, rig.Registry.ActiveCount);
        await StopAllAsync(rig, alices);
    }

    [Fact]
    public async Task Click_OnARunThatEnded_SaysItHasFinished()
    {
        var rig = new RunRig();

        await rig.CancelButton.HandleAsync(RunRig.Click("gone", "alice"), CancellationToken.None);

        Assert.Equal("That run has already finished.", LastResponse(rig).Message!.Content);
    }

    [Fact]
    public void CanHandle_OnlyCancelButtons()
    {
        var rig = new RunRig();

        Assert.True(rig.CancelButton.CanHandle(RunRig.Click("r1", "alice")));
        Assert.False(rig.CancelButton.CanHandle(RunRig.Command("r1", "alice")));
    }

    private static InteractionResponse LastResponse(RunRig rig) =>
        ((RecordingResponder)rig.Responder).Calls.Last(c => c.Kind == "respond").Response!;

    private static async Task StopAllAsync(RunRig rig, params HeldRun[] runs)
    {
        await rig.Registry.CancelAllAsync();
        await Task.WhenAll(runs.Select(r => r.Launch)).WaitAsync(Guard);
    }
}
