using AsyncBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Discord.Tests.Gateway;

public class InProcessIdentifyGateTests
{
    [Fact]
    public void TryClaim_SameBucket_WaitsOutTheFiveSeconds()
    {
        var time = new FakeTimeProvider();
        var gate = new InProcessIdentifyGate(time);

        Assert.Equal(TimeSpan.Zero, gate.TryClaim(new IdentifyTurn(0, 2, 1)));
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(3), gate.TryClaim(new IdentifyTurn(1, 2, 1)));
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, gate.TryClaim(new IdentifyTurn(1, 2, 1)));
        Assert.Equal(TimeSpan.FromSeconds(5), gate.TryClaim(new IdentifyTurn(0, 2, 1)));
    }

    [Fact]
    public void TryClaim_MaxConcurrencyTwo_ShardsZeroAndOneGoTogether_ShardTwoWaits()
    {
        var gate = new InProcessIdentifyGate(new FakeTimeProvider());

        Assert.Equal(TimeSpan.Zero, gate.TryClaim(new IdentifyTurn(0, 4, 2)));
        Assert.Equal(TimeSpan.Zero, gate.TryClaim(new IdentifyTurn(1, 4, 2)));
        Assert.Equal(TimeSpan.FromSeconds(5), gate.TryClaim(new IdentifyTurn(2, 4, 2)));
    }

    [Fact]
    public void IdentifySending_RestartsTheWindowFromTheActualIdentify()
    {
        var time = new FakeTimeProvider();
        var gate = new InProcessIdentifyGate(time);
        Assert.Equal(TimeSpan.Zero, gate.TryClaim(new IdentifyTurn(0, 2, 1)));

        // Connecting and waiting for Hello took 2 s after the claim.
        time.Advance(TimeSpan.FromSeconds(2));
        gate.IdentifySending(new IdentifyTurn(0, 2, 1));

        Assert.Equal(IdentifyTurn.Window, gate.TryClaim(new IdentifyTurn(1, 2, 1)));
    }

    [Fact]
    public void Bucket_IsShardIdModuloMaxConcurrency()
    {
        Assert.Equal(3, new IdentifyTurn(7, 16, 4).Bucket);
        Assert.Equal(0, new IdentifyTurn(7, 16, 0).Bucket);
        Assert.False(new InProcessIdentifyGate(TimeProvider.System).SpansProcesses);
    }
}
