using AsyncBot.Runs;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Tests.Runs;

public class PictureLaneTests
{
    [Fact]
    public async Task TryDrawAsync_FreeLane_Draws()
    {
        using var lane = new PictureLane(new FakeTimeProvider());

        Assert.Equal("picture", await lane.TryDrawAsync(() => "picture", CancellationToken.None));
    }

    [Fact]
    public async Task TryDrawAsync_EveryLaneBusyPastTheWait_SkipsThePicture_ThenDrawsOnceALaneIsFree()
    {
        var time = new FakeTimeProvider();
        using var lane = new PictureLane(time);
        using var release = new ManualResetEventSlim();
        var lanes = Math.Max(1, Environment.ProcessorCount / 2);
        var drawing = 0;
        var busy = Enumerable.Range(0, lanes)
            .Select(_ => Task.Run(() => lane.TryDrawAsync(() => { Interlocked.Increment(ref drawing); release.Wait(); return "slow"; }, CancellationToken.None)))
            .ToList();
        await WaitUntil(() => Volatile.Read(ref drawing) == lanes);

        var waiting = lane.TryDrawAsync(() => "late", CancellationToken.None);
        time.Advance(PictureLane.MaxWait);

        Assert.Null(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        release.Set();
        await Task.WhenAll(busy).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("next", await lane.TryDrawAsync(() => "next", CancellationToken.None));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
