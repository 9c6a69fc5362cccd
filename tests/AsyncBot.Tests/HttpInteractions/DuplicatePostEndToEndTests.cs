using System.Net;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Tests.EndToEnd;
using AsyncBot.Tests.Runs.Redis;

namespace AsyncBot.Tests.HttpInteractions;

/// <summary>
/// Two HTTP-mode replicas sharing run state in a real store (Garnet), and one signed /race POST delivered to both, as
/// a load balancer retrying on another replica does: one plan, one run; the repeat is answered with a deferral and
/// handled nowhere.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed class DuplicatePostEndToEndTests
{
    [Fact]
    public async Task Race_PostedToTwoReplicas_OnePlanAndOneRun_TheRepeatGetsADeferralAndNoHandler()
    {
        using var garnet = new GarnetRig();
        var settings = new Dictionary<string, string?>
        {
            ["State:Redis"] = garnet.ConnectionString,
            ["State:KeyPrefix"] = "dup-" + Guid.NewGuid().ToString("N"),
        };
        await using var first = await HttpBotHarness.StartAsync(settings);
        await using var second = await HttpReplica.StartBesideAsync(first, settings);
        var race = first.Poster.Sign(FakeDiscord.Gateway.FakeInteractions.SlashCommand("race", [("tasks", "A:0.3")]));

        var answer = await first.Poster.PostAsync(race);

        // The balancer's retry: the very same signed bytes, to the other replica; Discord takes only one answer.
        var repeat = await second.Poster.SendAsync(HttpMethod.Post, race.Body, race.Signature, race.Timestamp, "application/json");
        await first.WaitForRunEndAsync(race.Id);

        Assert.Equal((HttpStatusCode.OK, 4, null), (answer.Status, answer.CallbackType, answer.Rejection));
        Assert.Contains("A:0.3", (string?)answer.Json!["data"]!["content"], StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, 5), (repeat.Status, repeat.CallbackType));
        Assert.Null(repeat.Json!["data"]);

        var records = first.MessagesFor(race.Id);
        var timeline = string.Join(" | ", records.Select(r => $"{r.Action} {r.Content?.Replace('\n', '/')}"));
        Assert.Single(records, r => r.Action == FakeMessageAction.Callback);
        Assert.Single(records.Where(r => r.Content is not null).SelectMany(r => r.Content!.Split('\n')),
            line => line.StartsWith("Task A: Finished", StringComparison.Ordinal));
        Assert.True(BotHarness.IsButtonDisabled(records[^1]), timeline);
        Assert.Empty(first.Rest.Requests.Violations);
    }
}
