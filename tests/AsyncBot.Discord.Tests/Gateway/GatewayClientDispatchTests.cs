using System.Text.Json.Nodes;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Interactions;
using AsyncBot.FakeDiscord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClientDispatchTests
{
    [Fact]
    public async Task Interaction_FromTheFake_IsParsedIntoTheModel()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        var sent = await host.Gateway.SendCommandAsync("race", ("tasks", "A:2 B:1"), ("count", 3), ("fast", true), ("seconds", 0.5));

        var received = await host.NextInteractionAsync();
        Assert.Equal(sent.Id, received.Id);
        Assert.Equal(sent.Token, received.Token);
        Assert.Equal(host.Server.Options.ApplicationId, received.ApplicationId);
        Assert.Equal(InteractionType.ApplicationCommand, received.Type);
        Assert.Equal("race", received.Command!.Name);
        Assert.Equal(["A:2 B:1", "3", "true", "0.5"], received.Command.Options.Select(o => o.Value));
    }

    [Fact]
    public async Task ButtonClick_FromTheFake_CarriesCustomIdAndMessage()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();

        await host.Gateway.SendButtonClickAsync("cancel:42", messageId: "777", userId: "1234567");

        var received = await host.NextInteractionAsync();
        Assert.Equal(new ComponentInvocation("cancel:42", 2, "777"), received.Component);
        Assert.Equal("1234567", received.User.Id);
    }

    [Fact]
    public async Task Dispatches_AcrossADropAndResume_ArriveInOrderWithNoneLostOrRepeated()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();
        var sent = new List<string>
        {
            (await host.Gateway.SendCommandAsync("race")).Id,
            (await host.Gateway.SendCommandAsync("fetch")).Id,
        };
        var received = new List<string> { (await host.NextInteractionAsync()).Id, (await host.NextInteractionAsync()).Id };

        host.Gateway.DropConnection();
        var wait = await host.NextWaitAsync();
        // Sent while the bot is away: Discord keeps them for the resume.
        sent.Add((await host.Gateway.SendCommandAsync("help")).Id);
        sent.Add((await host.Gateway.SendButtonClickAsync("cancel:1")).Id);
        host.Time.Advance(wait.Delay);
        await host.WaitForReadyAsync(1, resumed: 1);
        sent.Add((await host.Gateway.SendCommandAsync("race")).Id);

        for (var i = 0; i < 3; i++)
        {
            received.Add((await host.NextInteractionAsync()).Id);
        }

        Assert.Equal(sent, received);
        Assert.False(host.TryTakeInteraction(out _));
        var resume = JsonNode.Parse(host.Gateway.ClientFrames.Single(f => f.Op == 6).Json)!;
        Assert.Equal(3, resume["d"]!["seq"]!.GetValue<long>());
    }

    [Fact]
    public async Task SameInteractionDeliveredTwice_ReachesTheBotOnce()
    {
        await using var host = await GatewayTestHost.CreateAsync();
        await host.StartReadyAsync();
        var interaction = FakeInteractions.SlashCommand("race");

        var first = await host.Gateway.SendInteractionAsync(interaction);
        await host.Gateway.SendInteractionAsync(interaction);
        var marker = await host.Gateway.SendCommandAsync("help");

        Assert.Equal(first.Id, (await host.NextInteractionAsync()).Id);
        Assert.Equal(marker.Id, (await host.NextInteractionAsync()).Id);
    }

    [Fact]
    public async Task MalformedFrames_AreLoggedAndSkipped_WithoutDroppingTheConnection()
    {
        await using var host = await GatewayTestHost.CreateAsync(fake: f => f.BareHeartbeatAcks = true);
        await host.StartReadyAsync();

        host.Gateway.SendRaw("{not json");
        host.Gateway.SendRaw("""{"op":"ten","d":null}""");
        host.Gateway.SendRaw("""{"d":{"heartbeat_interval":5}}""");
        host.Gateway.SendRaw("""{"op":10,"d":{"heartbeat_interval":"soon"}}""");
        host.Gateway.SendRaw("""{"op":42,"d":null,"s":null,"t":null}""");
        host.Gateway.SendDispatch("INTERACTION_CREATE", new JsonObject { ["id"] = 5 });
        host.Gateway.SendDispatch("BRAND_NEW_EVENT", new JsonObject { ["whatever"] = true });
        var good = await host.Gateway.SendCommandAsync("help");

        Assert.Equal(good.Id, (await host.NextInteractionAsync()).Id);
        var warnings = host.Logs.Entries.Count(e => e.Message.StartsWith("Skipped a malformed gateway frame", StringComparison.Ordinal));
        Assert.Equal(5, warnings);
        Assert.Equal(1, host.Gateway.ConnectionCount);
        Assert.Empty(host.Gateway.ClientCloseCodes);
        Assert.Equal(GatewayState.Ready, host.Client.State);

        // Unknown and unparsable events still moved the sequence on: READY 1, bad 2, unknown 3, help 4.
        host.Gateway.RequestHeartbeat();
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount == 1);
        Assert.Equal("""{"op":1,"d":4}""", host.Gateway.ClientFrames.Single(f => f.Op == 1).Json);
        await TestWait.UntilAsync(() => host.Client.HeartbeatAcks == 1, "bare ACK accepted");
    }

    [Fact]
    public async Task SlowReader_DoesNotStallTheReceiveLoop_AndLosesNothing()
    {
        await using var host = await GatewayTestHost.CreateAsync();

        // Nobody reads interactions yet: the gateway must keep answering heartbeats anyway, and keep every interaction.
        host.StartClient(readInteractions: false);
        await host.Gateway.WaitUntilAsync(g => g.ReadyCount == 1);
        var sent = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            sent.Add((await host.Gateway.SendCommandAsync("help")).Id);
        }

        host.Gateway.RequestHeartbeat();
        await host.Gateway.WaitUntilAsync(g => g.HeartbeatCount == 1);
        Assert.False(host.Run!.IsCompleted);
        Assert.Equal(1, host.Gateway.ConnectionCount);
        Assert.Equal(600, host.Client.PendingInteractions);
        Assert.Equal(2, host.Logs.Entries.Count(e => e.Message.Contains("interactions are waiting for the dispatcher", StringComparison.Ordinal)));

        var received = new List<Interaction>();
        await foreach (var interaction in host.Client.ReadAllAsync())
        {
            received.Add(interaction);
            if (received.Count == sent.Count)
            {
                break;
            }
        }

        Assert.Equal(sent, received.Select(i => i.Id));
        Assert.All(received, i => Assert.Equal(GatewayTestHost.Start, i.ReceivedAt));
    }
}
