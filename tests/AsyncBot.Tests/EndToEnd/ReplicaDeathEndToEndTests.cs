using System.Diagnostics;
using AsyncBot.FakeDiscord;
using AsyncBot.FakeDiscord.Http;
using AsyncBot.FakeDiscord.Rest;
using AsyncBot.Runs.Redis;
using AsyncBot.Tests.Runs.Redis;

namespace AsyncBot.Tests.EndToEnd;

/// <summary>
/// Two replicas of the real program in HTTP mode sharing one store (Garnet); one is killed with SIGKILL in the middle
/// of a user's race. The survivor must tell that user, in the run's channel, and free the user's slot.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed class ReplicaDeathEndToEndTests
{
    private const string User = "1026922282796470289";
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReplicaKilledMidRace_WithinFifteenSecondsItsUserIsToldAndCanStartAgainOnTheOther()
    {
        using var garnet = new GarnetRig();
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions().WithRest());
        using var signer = new FakeInteractionSigner();
        var prefix = "death-" + Guid.NewGuid().ToString("N");
        var (portA, portB) = (BotProcess.FreePort(), BotProcess.FreePort());
        using var a = BotProcess.Start([], Environment(server, signer, garnet, prefix, portA, registers: true));
        using var b = BotProcess.Start([], Environment(server, signer, garnet, prefix, portB, registers: false));
        using var http = new HttpClient();
        await BotHarness.WaitUntilAsync(() => BotProcess.IsReady(http, portA) && BotProcess.IsReady(http, portB), TimeSpan.FromSeconds(30), "both replicas' /healthz");
        using var toA = new FakeEndpointPoster(server, Endpoint(portA), signer);
        using var toB = new FakeEndpointPoster(server, Endpoint(portB), signer);

        var race = await toA.PostAsync(FakeDiscord.Gateway.FakeInteractions.SlashCommand("race", [("tasks", "Long:60")], userId: User));
        var id = race.InteractionId!;
        await BotHarness.WaitUntilAsync(() => Contents(server, id, FakeMessageAction.Create).Any(c => c.Contains("Started", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(15), "the race's first line");
        var meanwhile = await toB.PostAsync(FakeDiscord.Gateway.FakeInteractions.SlashCommand("race", [("tasks", "X:1")], userId: User));

        var killed = Stopwatch.StartNew();
        var killedAt = DateTimeOffset.UtcNow;
        a.Kill();
        await BotHarness.WaitUntilAsync(
            () => Contents(server, id, FakeMessageAction.Create).Contains(LostRunReaper.NoticeFor("race"))
                && server.Rest().Messages.For(id).Any(r => r.Action == FakeMessageAction.Edit && r.Components is { Count: 0 }),
            Promise + TimeSpan.FromSeconds(5), "the lost-run notice and the Cancel button's removal");
        var toldAfter = killed.Elapsed;
        var again = await toB.PostAsync(FakeDiscord.Gateway.FakeInteractions.SlashCommand("race", [("tasks", "Y:0.1")], userId: User));

        Assert.StartsWith("Not now: you already have", (string?)meanwhile.Json?["data"]?["content"] ?? string.Empty, StringComparison.Ordinal);
        var arrivals = string.Join(", ", server.Rest().Messages.For(id).Select(r => $"{r.Action} {(r.ArrivedAt - killedAt).TotalSeconds:F1}"));
        Assert.True(toldAfter <= Promise, $"the user was told {toldAfter.TotalSeconds:F1} s after the kill ({arrivals})");
        Assert.Single(Contents(server, id, FakeMessageAction.Create), c => c == LostRunReaper.NoticeFor("race"));
        Assert.Equal(4, again.Json?["type"]?.GetValue<int>());
        Assert.DoesNotContain("Not now", (string?)again.Json?["data"]?["content"] ?? string.Empty, StringComparison.Ordinal);
    }

    private static List<string> Contents(FakeDiscordServer server, string interactionId, FakeMessageAction action) =>
        [.. server.Rest().Messages.For(interactionId).Where(r => r.Action == action).Select(r => r.Content ?? string.Empty)];

    private static Uri Endpoint(int port) => new($"http://127.0.0.1:{port}/interactions");

    private static Dictionary<string, string> Environment(
        FakeDiscordServer server, FakeInteractionSigner signer, GarnetRig garnet, string prefix, int port, bool registers) => new()
    {
        ["DISCORD_TOKEN"] = server.Options.Token,
        ["Discord__ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
        ["Discord__Interactions"] = "Http",
        ["Discord__PublicKey"] = signer.PublicKeyHex,
        ["Discord__RegisterCommands"] = registers ? "true" : "false",
        ["Http__Urls"] = $"http://127.0.0.1:{port}",
        ["Health__File"] = Path.Combine(Path.GetTempPath(), $"asyncbot-test-{Guid.NewGuid():N}.health"),
        ["State__Redis"] = garnet.ConnectionString,
        ["State__KeyPrefix"] = prefix,
        ["Limits__RunsPerUser"] = "1",
    };
}
