using System.Net;
using AsyncBot.Playground.Api;

namespace AsyncBot.Tests.Playground.Api;

public sealed class RunApiLimitsTests
{
    private const string LongRace = "/api/race?tasks=A:30";

    [Fact]
    public async Task RateLimiter_BeyondStreamsPerClient_Is429UntilOneEnds()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: true, new Dictionary<string, string?>
        {
            ["Playground:Api:StreamsPerClient"] = "2",
            ["Limits:RunsPerUser"] = "10",
        });
        var open = new List<HttpResponseMessage> { await rig.OpenAsync(LongRace), await rig.OpenAsync(LongRace) };
        Assert.All(open, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        using (var third = await rig.Http.GetAsync(LongRace))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.Equal("Not now: you already have 2 streams open — wait for one to end.\n", await third.Content.ReadAsStringAsync());
        }

        open[0].Dispose();
        await WaitUntilAsync(() => rig.Registry.ActiveCount == 1);

        // The permit goes back just after the run's slot (when the request ends), so allow a moment for that.
        HttpResponseMessage fourth;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((fourth = await rig.OpenAsync(LongRace)).StatusCode == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline)
        {
            fourth.Dispose();
            await Task.Delay(10);
        }

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        fourth.Dispose();
        open[1].Dispose();
    }

    [Fact]
    public async Task RunLimits_RunsPerUser_AppliesPerClientAddressWithTheCommandsWording()
    {
        await using var rig = await RunApiRig.StartAsync(fakeClock: true, new Dictionary<string, string?> { ["Limits:RunsPerUser"] = "1" });
        using var first = await rig.OpenAsync(LongRace);

        using var second = await rig.Http.GetAsync(LongRace);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("Not now: you already have 1 run going — wait or cancel one.\n", await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RunApiOptions.MaxStreamsPerClient + 1)]
    public void Validator_StreamsPerClientOutOfRange_FailsNamingTheKey(int value)
    {
        var result = new RunApiOptionsValidator().Validate(null, new RunApiOptions { StreamsPerClient = value });

        Assert.True(result.Failed);
        Assert.Contains("Playground:Api:StreamsPerClient", result.FailureMessage, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(10);
        }
    }
}
