using AsyncBot.Tests.Runs.Support;
using AsyncBot.Tests.TestDoubles;

namespace AsyncBot.Tests.Runs;

public class RunAdmissionTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Launch_UserAtTheirLimit_IsToldNotNowAndNoSecondRunStarts()
    {
        var rig = new RunRig(perUser: 1);
        var first = rig.Launch(RunRig.Command("r1", "alice"));
        await first.Started.WaitAsync(Guard);

        var second = rig.Launch(RunRig.Command("r2", "alice"));
        await second.Launch.WaitAsync(Guard);

        Assert.False(second.Started.IsCompleted);
        Assert.Equal("Not now: you already have 1 run going — wait or cancel one.", LastReply(rig).Content);
        Assert.True(LastReply(rig).Ephemeral);
        Assert.Equal(1, rig.Registry.ActiveCount);
        await StopAllAsync(rig, first);
    }

    [Fact]
    public async Task Launch_BotAtItsTotal_RefusesEveryoneElse()
    {
        var rig = new RunRig(perUser: 5, total: 2);
        var a = rig.Launch(RunRig.Command("r1", "alice"));
        var b = rig.Launch(RunRig.Command("r2", "bob"));
        await Task.WhenAll(a.Started, b.Started).WaitAsync(Guard);

        var c = rig.Launch(RunRig.Command("r3", "carol"));
        await c.Launch.WaitAsync(Guard);

        Assert.False(c.Started.IsCompleted);
        Assert.Equal("Not now: the bot is running 2 runs, its limit — try again in a few seconds.", LastReply(rig).Content);
        await StopAllAsync(rig, a, b);
    }

    [Fact]
    public async Task Launch_AfterARunEnds_ItsSlotIsFreeAgain()
    {
        var rig = new RunRig(perUser: 1, total: 1);
        var first = rig.Launch(RunRig.Command("r1", "alice"));
        await first.Started.WaitAsync(Guard);

        await rig.Registry.TryCancelAsync("r1", "alice");
        await first.Launch.WaitAsync(Guard);
        Assert.Equal(0, rig.Registry.ActiveCount);

        var next = rig.Launch(RunRig.Command("r2", "alice"));
        await next.Started.WaitAsync(Guard);
        Assert.Equal(1, rig.Registry.ActiveCount);
        await StopAllAsync(rig, next);
    }

    [Fact]
    public async Task TryStartAsync_ManyRacingForTheLastSlots_AdmitsExactlyTheTotal()
    {
        var rig = new RunRig(perUser: 1, total: 10);

        var admissions = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => Task.Run(async () => await rig.Registry.TryStartAsync("r" + i, "user" + i))));

        Assert.Equal(10, admissions.Count(a => a.Run is not null));
        Assert.Equal(10, rig.Registry.ActiveCount);
        foreach (var admission in admissions)
        {
            if (admission.Run is { } run)
            {
                await run.DisposeAsync();
            }
        }

        Assert.Equal(0, rig.Registry.ActiveCount);
    }

    private static Discord.Interactions.MessageContent LastReply(RunRig rig) =>
        ((RecordingResponder)rig.Responder).Calls.Last(c => c.Kind == "respond").Message!;

    private static async Task StopAllAsync(RunRig rig, params HeldRun[] runs)
    {
        await rig.Registry.CancelAllAsync();
        await Task.WhenAll(runs.Select(r => r.Launch)).WaitAsync(Guard);
    }
}
