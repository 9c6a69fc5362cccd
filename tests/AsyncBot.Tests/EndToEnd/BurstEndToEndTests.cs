using System.Globalization;
using AsyncBot.FakeDiscord.Rest;

namespace AsyncBot.Tests.EndToEnd;

[Collection(RealTimeTests.Name)]
public class BurstEndToEndTests
{
    /// <summary>More than the 256 interactions the gateway client once buffered before dropping the oldest.</summary>
    private const int Burst = 600;

    private const int RunsTotal = 400;

    [Fact]
    public async Task Race_BurstLargerThanAnyBuffer_EveryInteractionGetsThePlanOrTheBusyReply_AndHeartbeatsKeepFlowing()
    {
        // Discord's interval is about 41 s; 2 s keeps several beats inside the burst while a busy shared test machine
        // (bot and fake in one process) cannot turn a scheduling hiccup into a missed beat.
        await using var bot = await BotHarness.StartAsync(
            new() { ["Limits:RunsTotal"] = RunsTotal.ToString(CultureInfo.InvariantCulture) },
            gatewayOptions: g => g.HeartbeatIntervalMs = 2000);
        var heartbeatsBefore = bot.Gateway.HeartbeatCount;

        var sent = new List<FakeDiscord.Gateway.FakeInteraction>(Burst);
        for (var i = 0; i < Burst; i++)
        {
            var user = (100000000000000000 + i).ToString(CultureInfo.InvariantCulture);

            // The runs outlast the burst, so no run frees its slot for a later interaction.
            sent.Add(await bot.SendCommandAsync("race", user, ("tasks", "A:5 B:6")));
        }

        var ids = sent.Select(s => s.Id).ToHashSet();
        await BotHarness.WaitUntilAsync(() => Answers(bot).Count == Burst, TimeSpan.FromSeconds(30), "an answer to every interaction");
        await bot.Gateway.WaitUntilAsync(g => g.HeartbeatCount >= heartbeatsBefore + 2, TimeSpan.FromSeconds(10));

        var answers = Answers(bot);
        Assert.Equal(ids, answers.Keys.ToHashSet());
        var plans = answers.Values.Count(a => ((a.Flags ?? 0) & 64) == 0 && a.Components is not null && a.Content!.Contains("A:5", StringComparison.Ordinal));
        var busy = answers.Values.Count(a => ((a.Flags ?? 0) & 64) == 64 && a.Content!.Contains("try again", StringComparison.Ordinal));
        Assert.Equal(Burst, plans + busy);
        Assert.InRange(plans, 1, RunsTotal);
        Assert.DoesNotContain(bot.Rest.Requests.Requests, r => r.Template.EndsWith("/callback", StringComparison.Ordinal) && r.Status != 204);
        Assert.True(bot.Gateway.HeartbeatTimeoutCount == 0 && bot.Gateway.ConnectionCount == 1, bot.Gateway.Describe());
    }

    /// <summary>The first callback of each interaction, from one snapshot of the fake's records.</summary>
    private static Dictionary<string, FakeMessageRecord> Answers(BotHarness bot) =>
        bot.Rest.Messages.Records
            .Where(r => r.Action == FakeMessageAction.Callback)
            .GroupBy(r => r.InteractionId)
            .ToDictionary(g => g.Key, g => g.First());
}
